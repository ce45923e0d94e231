using Wijkaanpak.Core.Localization;
namespace Wijkaanpak.Core.Instruments;

/// <summary>The Dutch and English names of the phases (bron: 004a §3.6).</summary>
public static class PhaseTitles
{
    /// <summary>The phase's name, e.g. "Oriënteren / Orienting".</summary>
    /// <param name="phase">The phase.</param>
    public static LocalizedText Of(ApproachPhase phase) => phase switch
    {
        ApproachPhase.Orienteren => new("Oriënteren", "Orienting"),
        ApproachPhase.Opstarten => new("Opstarten", "Starting up"),
        ApproachPhase.Ontwerpen => new("Ontwerpen", "Designing"),
        ApproachPhase.Uitvoeren => new("Uitvoeren", "Implementing"),
        ApproachPhase.Herijken => new("Herijken", "Recalibrating"),
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a phase of the approach."),
    };
}
