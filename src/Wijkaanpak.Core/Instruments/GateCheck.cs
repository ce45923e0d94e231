using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>The check of one phase gate (*overgang*): from which phase to which, and what blocks it.</summary>
/// <param name="From">The phase being left.</param>
/// <param name="To">The phase being entered; for the gate out of Herijken this is Ontwerpen (the cycle goes back).</param>
public sealed record GateCheck(ApproachPhase From, ApproachPhase To)
{
    /// <summary>What blocks the gate, in the order checked; empty when it passes.</summary>
    public EquatableArray<GateBlocker> Blockers { get; init; }

    /// <summary>True when nothing blocks the gate.</summary>
    public bool Passes => Blockers.IsEmpty;
}
