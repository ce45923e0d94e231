using Wijkaanpak.Core.Localization;
namespace Wijkaanpak.Core.Instruments;

/// <summary>The Dutch and English names of the phases (bron: Praktijkhandboek Slagkracht in de wijk, 2024), as declared on <see cref="ApproachPhase"/>.</summary>
public static class PhaseTitles
{
    /// <summary>The phase's name, e.g. "Oriënteren / Orienting".</summary>
    /// <param name="phase">The phase.</param>
    public static LocalizedText Of(ApproachPhase phase) =>
        DisplayNames.Find(phase) ?? throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a phase of the approach.");
}
