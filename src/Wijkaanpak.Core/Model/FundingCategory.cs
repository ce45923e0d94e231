using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>Whether money is regular or additional (praktijkhandboek deel 2 §2.13).</summary>
public enum FundingCategory
{
    /// <summary>Regular budgets (*reguliere middelen*) of government and partners that flow into the area anyway.</summary>
    [LocalizedName("regulier", "regular")]
    Regulier,

    /// <summary>Additional resources (*additionele middelen*) for the approach itself.</summary>
    [LocalizedName("additioneel", "additional")]
    Additioneel,
}
