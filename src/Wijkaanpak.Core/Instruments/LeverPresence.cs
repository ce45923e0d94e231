using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>A lever of the catalogue found present in a model (*aanwezig breekijzer*), with the facts that show it.</summary>
/// <param name="LeverId">The lever in <see cref="BarrierCatalogue"/>.</param>
/// <param name="Evidence">What in the model shows the lever.</param>
public sealed record LeverPresence(string LeverId, LocalizedText Evidence)
{
    /// <summary>The ids of the model elements that show it, ordered ordinally.</summary>
    public EquatableArray<string> ElementIds { get; init; }
}
