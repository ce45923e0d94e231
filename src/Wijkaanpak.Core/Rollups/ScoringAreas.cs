using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// The one resolution of *where* a goal or an indicator is scored, used by the goal rollup, the
/// output–outcome gap, the report and every table (docs/rollups.md, *Where a goal is scored*):
/// <list type="number">
/// <item>the goal's own areas (<c>goal.areaIds</c>);</item>
/// <item>else the areas of its opgaven;</item>
/// <item>else, per indicator, the areas where the indicator has its targets, else its baseline;</item>
/// <item>else the areas of the highest scale level at which the indicator has a value.</item>
/// </list>
/// An indicator is never scored in an area without a target while an area with a target exists:
/// when none of the goal's or opgave's areas has a target for it, its target areas are used.
/// </summary>
public static class ScoringAreas
{
    /// <summary>
    /// Where an indicator is scored on its own, without a goal (steps 3 and 4): the areas of its
    /// targets, else of its baseline, else the highest areas with a value. This is the area whose
    /// status a progress column shows.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="statuses">Indicator statuses at the reference date, e.g. <see cref="ImpactRollupResult.Indicators"/>; those of other indicators are ignored.</param>
    public static IndicatorScoring ForIndicator(Indicator indicator, IEnumerable<IndicatorStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(statuses);
        return Resolve(indicator, [.. statuses.Where(s => s.IndicatorId == indicator.Id)], [], ScoredAtReason.TargetAreas);
    }

    /// <summary>
    /// Where an indicator of a goal is scored: in the goal's areas (or its opgaven's) that have a
    /// target for it; when none has one, where the indicator's own resolution puts it.
    /// </summary>
    /// <param name="model">The model, for the goal's opgaven.</param>
    /// <param name="goal">The goal the indicator measures.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="statuses">Indicator statuses at the reference date; those of other indicators are ignored.</param>
    public static IndicatorScoring ForGoalIndicator(WijkaanpakModel model, Goal goal, Indicator indicator, IEnumerable<IndicatorStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(statuses);
        var (areas, reason) = GoalAreas(model, goal);
        return Resolve(indicator, [.. statuses.Where(s => s.IndicatorId == indicator.Id)], areas, reason);
    }

    /// <summary>
    /// The areas a goal names for itself (steps 1 and 2): its own areas with
    /// <see cref="ScoredAtReason.GoalAreas"/>, else its opgaven's with
    /// <see cref="ScoredAtReason.OpgaveAreas"/>; empty (with <see cref="ScoredAtReason.TargetAreas"/>)
    /// when it names neither, so that each indicator goes where its targets are.
    /// </summary>
    /// <param name="model">The model, for the goal's opgaven.</param>
    /// <param name="goal">The goal.</param>
    public static (EquatableArray<AreaId> Areas, ScoredAtReason Reason) GoalAreas(WijkaanpakModel model, Goal goal)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(goal);
        if (!goal.AreaIds.IsEmpty)
        {
            return (goal.AreaIds.Distinct().Order().ToEquatableArray(), ScoredAtReason.GoalAreas);
        }

        var opgaveAreas = goal.OpgaveIds.Select(model.FindOpgave).Where(o => o is not null).SelectMany(o => o!.AreaIds).Distinct().Order().ToEquatableArray();
        return opgaveAreas.IsEmpty ? ([], ScoredAtReason.TargetAreas) : (opgaveAreas, ScoredAtReason.OpgaveAreas);
    }

    /// <summary>True when a target of the indicator applies to the area: one for that area or for every area.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="area">The area.</param>
    public static bool HasTargetIn(Indicator indicator, AreaId area)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Targets.Any(t => t.AreaId is null || t.AreaId == area);
    }

    internal static IndicatorScoring Resolve(Indicator indicator, IReadOnlyList<IndicatorStatus> statuses, EquatableArray<AreaId> candidates, ScoredAtReason candidateReason)
    {
        var (areas, reason) = Choose(indicator, statuses, candidates, candidateReason);
        var chosen = areas.ToHashSet();
        var measured = statuses.Where(s => chosen.Contains(s.AreaId)).ToList();
        var withValue = measured.Select(s => s.AreaId).ToHashSet();
        return new IndicatorScoring
        {
            IndicatorId = indicator.Id,
            AreaIds = areas,
            Reason = areas.IsEmpty ? ScoredAtReason.NoMeasurements : reason,
            ScoredAreaIds = measured.Where(s => s.Progress is not null).Select(s => s.AreaId).Distinct().Order().ToEquatableArray(),
            TargetAreasWithoutResult = areas.Where(a => !withValue.Contains(a) && HasTargetIn(indicator, a)).ToEquatableArray(),
        };
    }

    private static (EquatableArray<AreaId> Areas, ScoredAtReason Reason) Choose(
        Indicator indicator, IReadOnlyList<IndicatorStatus> statuses, EquatableArray<AreaId> candidates, ScoredAtReason candidateReason)
    {
        var targetAreas = indicator.Targets.Where(t => t.AreaId is not null).Select(t => t.AreaId!.Value).Distinct().Order().ToEquatableArray();
        if (!candidates.IsEmpty)
        {
            var withTarget = candidates.Where(a => HasTargetIn(indicator, a)).ToEquatableArray();
            if (!withTarget.IsEmpty)
            {
                return (withTarget, candidateReason);
            }

            if (targetAreas.IsEmpty)
            {
                return (candidates, candidateReason);
            }
        }

        if (!targetAreas.IsEmpty)
        {
            return (targetAreas, ScoredAtReason.TargetAreas);
        }

        if (indicator.Baseline?.AreaId is { } baselineArea)
        {
            return ([baselineArea], ScoredAtReason.TargetAreas);
        }

        if (statuses.Count == 0)
        {
            return ([], ScoredAtReason.NoMeasurements);
        }

        var top = statuses.Max(s => s.Level);
        return (statuses.Where(s => s.Level == top).Select(s => s.AreaId).Distinct().Order().ToEquatableArray(), ScoredAtReason.HighestMeasuredArea);
    }
}
