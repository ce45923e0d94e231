using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Rollups;

/// <summary>Where an apportioned amount comes from in the contribution analysis; the two sources are reported side by side, never added.</summary>
public enum ContributionSource
{
    /// <summary>An intervention's own budget (euros) or staff capacity (FTE), credited to its owner.</summary>
    [LocalizedName("interventie", "intervention")]
    Intervention,

    /// <summary>A partner's commitment (*inzet*) of money or capacity in the alliance.</summary>
    [LocalizedName("inzet", "commitment")]
    Commitment,
}
