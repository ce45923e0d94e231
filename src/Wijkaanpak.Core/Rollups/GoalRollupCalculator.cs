using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// Rolls indicator statuses up the theory of change, level by level of the results chain, from
/// the goals no goal contributes to up to the mission (Kahn's order; goals on a cycle keep only
/// their own indicators).
/// </summary>
internal static class GoalRollupCalculator
{
    private readonly record struct Input(double Progress, double Weakest, double Weight);

    public static List<GoalStatus> Compute(RollupContext context, IReadOnlyList<IndicatorStatus> statuses)
    {
        var model = context.Model;
        var toc = model.TheoryOfChange;
        var goals = toc.Goals.DistinctBy(g => g.Id).Where(g => g.Id.Value is not null).OrderBy(g => g.Id).ToList();
        var slot = new Dictionary<NodeId, int>();
        for (var i = 0; i < goals.Count; i++)
        {
            slot[goals[i].Id] = i;
        }

        var goalEdges = toc.Edges.Where(e => e.Kind == ChangeEdgeKind.ContributesTo && slot.ContainsKey(e.From) && slot.ContainsKey(e.To) && e.From != e.To)
            .OrderBy(e => e.From).ThenBy(e => e.To).ToList();
        var incoming = goals.Select(_ => new List<(int From, double Weight)>()).ToArray();
        var outgoing = goals.Select(_ => new List<int>()).ToArray();
        foreach (var edge in goalEdges)
        {
            incoming[slot[edge.To]].Add((slot[edge.From], edge.Weight ?? 1));
            outgoing[slot[edge.From]].Add(slot[edge.To]);
        }

        var order = TopologicalOrder(incoming, outgoing, out var inCycle);
        var byIndicator = statuses.GroupBy(s => s.IndicatorId).ToDictionary(g => g.Key, g => g.ToList());
        var scorings = goals.Select(g => Scorings(context, g, byIndicator)).ToArray();
        var own = scorings.Select(list => OwnStatuses(list, byIndicator)).ToArray();
        var scoredAt = new (EquatableArray<AreaId> Areas, ScoredAtReason Reason)[goals.Count];
        var scores = new Dictionary<ResultLevel, GoalLevelScore>[goals.Count];
        var subtree = new Dictionary<ResultLevel, HashSet<IndicatorStatus>>[goals.Count];
        var thresholds = context.Options;
        foreach (var g in order)
        {
            subtree[g] = [];
            var inputs = new Dictionary<ResultLevel, List<Input>>();
            foreach (var status in own[g].Where(s => s.Progress is not null))
            {
                Set(subtree[g], status.ResultLevel).Add(status);
                Set(inputs, status.ResultLevel).Add(new Input(status.Progress!.Value, status.Progress.Value, 1));
            }

            if (!inCycle[g])
            {
                foreach (var (from, weight) in incoming[g])
                {
                    foreach (var (level, score) in scores[from])
                    {
                        Set(inputs, level).Add(new Input(score.WeightedMean, score.WeakestLink, weight));
                    }

                    foreach (var (level, set) in subtree[from])
                    {
                        Set(subtree[g], level).UnionWith(set);
                    }
                }
            }

            scores[g] = inputs.ToDictionary(kv => kv.Key, kv => Score(kv.Key, kv.Value, subtree[g][kv.Key], thresholds.GoalAggregation));
            var contributing = inCycle[g] ? [] : incoming[g].Where(i => scores[i.From].Count > 0).Select(i => scoredAt[i.From].Areas);
            scoredAt[g] = ScoredAt(scorings[g], contributing, scores[g].Count > 0);
        }

        var unmet = toc.Preconditions.Where(p => p.Status == PreconditionStatus.Unmet).Select(p => p.Id).ToHashSet();
        var result = new List<GoalStatus>(goals.Count);
        for (var g = 0; g < goals.Count; g++)
        {
            var stagnating = StagnatingOutcomes(context, own[g]);
            var outputs = subtree[g].TryGetValue(ResultLevel.Output, out var o) ? o : [];
            var outcomes = own[g].Where(s => s.Progress is not null && s.ResultLevel is ResultLevel.Outcome or ResultLevel.Impact).ToList();
            var gapThresholds = context.Options.OutputOutcomeGap;
            var byArea = outcomes.Select(s => s.AreaId).Distinct().Order()
                .Select(a => Gap(a, [.. outputs.Where(s => s.AreaId == a)], [.. outcomes.Where(s => s.AreaId == a)], own[g], stagnating, gapThresholds))
                .OfType<OutputOutcomeGap>().ToEquatableArray();
            result.Add(new GoalStatus
            {
                GoalId = goals[g].Id,
                Level = goals[g].Level,
                Scores = scores[g].Values.OrderBy(s => s.ResultLevel).ToEquatableArray(),
                IsUnmeasured = scores[g].Count == 0,
                ScoredAt = scoredAt[g].Areas,
                ScoredAtReason = scoredAt[g].Reason,
                Indicators = scorings[g].ToEquatableArray(),
                BlockedBy = BlockedBy(toc, goals[g].Id, unmet).ToEquatableArray(),
                Gap = Gap(null, [.. outputs], outcomes, own[g], stagnating, gapThresholds),
                GapsByArea = byArea,
                StagnatingOutcomes = stagnating.Select(x => x.Indicator).Distinct().Order().ToEquatableArray(),
                InCycle = inCycle[g],
            });
        }

        return result;
    }

    private static bool IsOnTrack(IndicatorStatus status) => status.Band is StatusBand.OnTrack or StatusBand.Achieved;

    private static GoalLevelScore Score(ResultLevel level, List<Input> inputs, HashSet<IndicatorStatus> statuses, GoalAggregation aggregation)
    {
        var totalWeight = inputs.Sum(i => i.Weight);
        var mean = totalWeight > 0 ? inputs.Sum(i => i.Progress * i.Weight) / totalWeight : inputs.Average(i => i.Progress);
        var weakest = inputs.Min(i => i.Weakest);
        var share = statuses.Count == 0 ? 0 : (double)statuses.Count(IsOnTrack) / statuses.Count;
        var headline = aggregation switch
        {
            GoalAggregation.WeakestLink => weakest,
            GoalAggregation.ShareOnTrack => share,
            _ => mean,
        };
        return new GoalLevelScore(level, mean, weakest, share, headline, statuses.Count, inputs.Count);
    }

    /// <summary>Where each of a goal's indicators is scored (<see cref="ScoringAreas"/>), in indicator id order.</summary>
    private static List<IndicatorScoring> Scorings(RollupContext context, Goal goal, Dictionary<IndicatorId, List<IndicatorStatus>> byIndicator)
    {
        var (areas, reason) = ScoringAreas.GoalAreas(context.Model, goal);
        var result = new List<IndicatorScoring>();
        foreach (var id in goal.IndicatorIds.Distinct().Order())
        {
            if (context.IndicatorSlots.TryGetValue(id, out var slot))
            {
                result.Add(ScoringAreas.Resolve(context.Indicators[slot], byIndicator.TryGetValue(id, out var list) ? list : [], areas, reason));
            }
        }

        return result;
    }

    /// <summary>The statuses that stand for a goal's indicators: those in the areas where each is scored.</summary>
    private static List<IndicatorStatus> OwnStatuses(List<IndicatorScoring> scorings, Dictionary<IndicatorId, List<IndicatorStatus>> byIndicator)
    {
        var result = new List<IndicatorStatus>();
        foreach (var scoring in scorings)
        {
            if (byIndicator.TryGetValue(scoring.IndicatorId, out var list))
            {
                var areas = scoring.AreaIds.ToHashSet();
                result.AddRange(list.Where(s => areas.Contains(s.AreaId)));
            }
        }

        return result;
    }

    /// <summary>Where a goal was scored and why, or why it could not be (docs/rollups.md, *Where a goal is scored*).</summary>
    private static (EquatableArray<AreaId> Areas, ScoredAtReason Reason) ScoredAt(
        List<IndicatorScoring> scorings, IEnumerable<EquatableArray<AreaId>> contributing, bool scored)
    {
        var own = scorings.Where(i => i.IsScored).ToList();
        if (own.Count > 0)
        {
            return (own.SelectMany(i => i.ScoredAreaIds).Distinct().Order().ToEquatableArray(), own.Min(i => i.Reason));
        }

        if (scored)
        {
            return (contributing.SelectMany(a => a).Distinct().Order().ToEquatableArray(), ScoredAtReason.ContributingGoals);
        }

        if (scorings.Count == 0)
        {
            return ([], ScoredAtReason.NoIndicators);
        }

        var areas = scorings.SelectMany(i => i.AreaIds).Distinct().Order().ToEquatableArray();
        return (areas, scorings.TrueForAll(i => i.Reason == ScoredAtReason.NoMeasurements || i.AreaIds.IsEmpty) ? ScoredAtReason.NoMeasurements : ScoredAtReason.NoProgress);
    }

    /// <summary>
    /// The gap figures for one area (or all, <paramref name="area"/> absent): outputs on track and
    /// outcomes at most the configured share of the output progress, or all stagnating.
    /// </summary>
    private static OutputOutcomeGap? Gap(
        AreaId? area, List<IndicatorStatus> outputs, List<IndicatorStatus> outcomes, List<IndicatorStatus> own,
        HashSet<(IndicatorId Indicator, AreaId Area)> stagnating, OutputOutcomeGapThresholds thresholds)
    {
        var scoredOutputs = outputs.Where(s => s.Progress is not null).ToList();
        if (scoredOutputs.Count == 0 || outcomes.Count == 0)
        {
            return null;
        }

        var outputProgress = scoredOutputs.Average(s => s.Progress!.Value);
        var shareOnTrack = (double)scoredOutputs.Count(IsOnTrack) / scoredOutputs.Count;
        var outcomeProgress = outcomes.Average(s => s.Progress!.Value);
        var trended = own.Where(s => s.ResultLevel is ResultLevel.Outcome or ResultLevel.Impact && s.Trend.Points >= 3 && (area is null || s.AreaId == area)).ToList();
        var stagnate = trended.Count > 0 && trended.TrueForAll(s => stagnating.Contains((s.IndicatorId, s.AreaId)));
        var lags = outcomeProgress <= thresholds.OutcomeShareOfOutput * outputProgress;
        var raised = shareOnTrack >= thresholds.OutputShareOnTrack && (lags || stagnate);
        return new OutputOutcomeGap(area, outputProgress, shareOnTrack, outcomeProgress, stagnate, raised);
    }

    private static HashSet<(IndicatorId Indicator, AreaId Area)> StagnatingOutcomes(RollupContext context, List<IndicatorStatus> own)
    {
        var result = new HashSet<(IndicatorId, AreaId)>();
        foreach (var status in own.Where(s => s.ResultLevel is ResultLevel.Outcome or ResultLevel.Impact))
        {
            var ind = context.IndicatorSlots[status.IndicatorId];
            var area = context.Areas.SlotOf(status.AreaId);
            var points = context.Series(ind, area).Where(p => p.Date <= status.At).ToList();
            if (TrendEstimator.StagnatesOrWorsensOverTwoPeriods(points, context.Indicators[ind].Polarity, context.Options.StableTolerance))
            {
                result.Add((status.IndicatorId, status.AreaId));
            }
        }

        return result;
    }

    private static IEnumerable<NodeId> BlockedBy(TheoryOfChange toc, NodeId goal, HashSet<NodeId> unmet)
    {
        var interventions = toc.Interventions.Select(i => i.Id).ToHashSet();
        var contributors = toc.Edges.Where(e => e.Kind == ChangeEdgeKind.ContributesTo && e.To == goal && interventions.Contains(e.From)).Select(e => e.From).ToHashSet();
        contributors.Add(goal);
        return toc.Edges.Where(e => e.Kind == ChangeEdgeKind.RequiresPrecondition && contributors.Contains(e.From) && unmet.Contains(e.To))
            .Select(e => e.To).Distinct().Order();
    }

    private static int[] TopologicalOrder(List<(int From, double Weight)>[] incoming, List<int>[] outgoing, out bool[] inCycle)
    {
        var n = incoming.Length;
        var indegree = incoming.Select(l => l.Count).ToArray();
        var queue = new Queue<int>(Enumerable.Range(0, n).Where(i => indegree[i] == 0));
        var order = new List<int>(n);
        while (queue.Count > 0)
        {
            var g = queue.Dequeue();
            order.Add(g);
            foreach (var to in outgoing[g])
            {
                if (--indegree[to] == 0)
                {
                    queue.Enqueue(to);
                }
            }
        }

        inCycle = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (indegree[i] > 0)
            {
                inCycle[i] = true;
                order.Add(i);
            }
        }

        return [.. order];
    }

    private static TValue Set<TKey, TValue>(Dictionary<TKey, TValue> map, TKey key)
        where TKey : notnull
        where TValue : new()
    {
        if (!map.TryGetValue(key, out var value))
        {
            map[key] = value = new TValue();
        }

        return value;
    }
}
