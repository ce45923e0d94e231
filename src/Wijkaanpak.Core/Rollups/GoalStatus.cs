using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// Where a goal of the theory of change stands (*doelrealisatie*): its scores per result level,
/// whether unmet preconditions block it, and whether its outputs run ahead of its outcomes.
/// </summary>
public sealed record GoalStatus
{
    /// <summary>The goal.</summary>
    public required NodeId GoalId { get; init; }

    /// <summary>Its level in the theory of change.</summary>
    public required GoalLevel Level { get; init; }

    /// <summary>Scores per result level, ordered by level.</summary>
    public EquatableArray<GoalLevelScore> Scores { get; init; }

    /// <summary>True when neither the goal nor any goal contributing to it has a scored indicator.</summary>
    public bool IsUnmeasured { get; init; }

    /// <summary>
    /// The areas where the goal was scored (*gemeten in*), ordered by id: where its own indicators
    /// give a progress, else where the goals contributing to it were scored. When the goal is not
    /// scored, the areas where it would have been (possibly none).
    /// </summary>
    public EquatableArray<AreaId> ScoredAt { get; init; }

    /// <summary>Why the goal was scored in <see cref="ScoredAt"/>, or why it could not be scored.</summary>
    public ScoredAtReason ScoredAtReason { get; init; }

    /// <summary>Where each of the goal's own indicators is scored, ordered by indicator id.</summary>
    public EquatableArray<IndicatorScoring> Indicators { get; init; }

    /// <summary>How many of the goal's own indicators give a progress (the score's coverage, e.g. 2 of 3).</summary>
    public int IndicatorsScored => Indicators.Count(i => i.IsScored);

    /// <summary>Unmet preconditions required by the goal or by an intervention contributing to it directly, ordered by id.</summary>
    public EquatableArray<NodeId> BlockedBy { get; init; }

    /// <summary>True when at least one precondition in <see cref="BlockedBy"/> is unmet.</summary>
    public bool IsBlocked => !BlockedBy.IsEmpty;

    /// <summary>
    /// The output–outcome gap signal (the Overvecht pattern, bron: 004b §5.1), for the goal's areas
    /// together: the outputs in the goal's subtree are on track while its own outcomes lag them or
    /// stagnate (thresholds in <see cref="RollupOptions.OutputOutcomeGap"/>).
    /// </summary>
    public bool OutputOutcomeGap => Gap?.IsRaised == true;

    /// <summary>The figures of the gap signal for the goal's areas together; absent without scored outputs and outcomes.</summary>
    public OutputOutcomeGap? Gap { get; init; }

    /// <summary>The figures of the gap signal per area that has both scored outputs and outcomes, ordered by area.</summary>
    public EquatableArray<OutputOutcomeGap> GapsByArea { get; init; }

    /// <summary>The goal's outcome and impact indicators that stagnated or worsened over the last two periods, ordered by id.</summary>
    public EquatableArray<IndicatorId> StagnatingOutcomes { get; init; }

    /// <summary>True when the goal lies on a cycle of contributions or is fed by one; it is then scored from its own indicators only.</summary>
    public bool InCycle { get; init; }
}
