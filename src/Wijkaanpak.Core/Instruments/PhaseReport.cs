using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// Where an approach stands in the cycle Oriënteren → go/no-go → Opstarten → Ontwerpen → Uitvoeren →
/// Herijken → back, and what blocks the next step. Made by <see cref="PhaseProgress.Of"/>.
/// </summary>
/// <param name="Current">The current phase: the phase before the first gate that does not pass, or Herijken when all forward gates pass.</param>
/// <param name="Cycle">Which round of the cycle: 1 plus the number of earlier programmes the latest programme follows.</param>
public sealed record PhaseReport(ApproachPhase Current, int Cycle)
{
    /// <summary>Every gate in cycle order: the four forward gates, then the gate from Herijken back to Ontwerpen.</summary>
    public EquatableArray<GateCheck> Gates { get; init; }

    /// <summary>The gate out of the current phase.</summary>
    public GateCheck Next => Gates.First(g => g.From == Current);
}
