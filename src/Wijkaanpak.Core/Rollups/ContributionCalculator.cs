using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// Apportions interventions' budgets and FTE and alliance commitments to goals. An intervention
/// splits its amount over its contribution edges by weight (equal when any edge lacks one); a goal
/// passes everything it receives on to the goals it contributes to, split the same way; a
/// commitment to several targets splits equally. Goals on a contribution cycle pass nothing on.
/// </summary>
internal static class ContributionCalculator
{
    private readonly record struct Key(ContributionSource Source, CommitmentKind Resource, StakeholderId? Partner);

    public static ContributionAnalysis Compute(WijkaanpakModel model)
    {
        var toc = model.TheoryOfChange;
        var goalIds = toc.Goals.Select(g => g.Id).Where(id => id.Value is not null).ToHashSet();
        var edges = toc.Edges.Where(e => e.Kind == ChangeEdgeKind.ContributesTo && goalIds.Contains(e.To) && e.From != e.To)
            .GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.OrderBy(e => e.To).ToList());
        var order = GoalOrder(goalIds, edges);

        var direct = new Dictionary<Key, Dictionary<NodeId, (double Amount, bool Equal)>>();
        var put = new Dictionary<Key, (double Amount, double Unallocated)>();
        foreach (var intervention in toc.Interventions.DistinctBy(i => i.Id))
        {
            var partner = intervention.OwnerId;
            if (intervention.Budget is { } budget)
            {
                Apportion(direct, put, new Key(ContributionSource.Intervention, CommitmentKind.Money, partner), intervention.Id, (double)budget, equal: false, edges, goalIds);
            }

            if (intervention.Fte is { } fte)
            {
                Apportion(direct, put, new Key(ContributionSource.Intervention, CommitmentKind.Capacity, partner), intervention.Id, (double)fte, equal: false, edges, goalIds);
            }
        }

        foreach (var commitment in model.Alliantie?.Commitments ?? [])
        {
            if (commitment.Amount is not { } amount || commitment.Kind is not (CommitmentKind.Money or CommitmentKind.Capacity) || commitment.TargetIds.IsEmpty)
            {
                continue;
            }

            var key = new Key(ContributionSource.Commitment, commitment.Kind, commitment.StakeholderId);
            var targets = commitment.TargetIds.Distinct().ToList();
            foreach (var target in targets)
            {
                Apportion(direct, put, key, target, (double)amount / targets.Count, equal: targets.Count > 1, edges, goalIds);
            }
        }

        var shares = new List<ContributionShare>();
        foreach (var (key, received) in direct)
        {
            var total = received.ToDictionary(kv => kv.Key, kv => kv.Value);
            foreach (var goal in order)
            {
                if (!total.TryGetValue(goal, out var flow) || !edges.TryGetValue(goal, out var up))
                {
                    continue;
                }

                var (weights, equal) = Weights(up);
                for (var i = 0; i < up.Count; i++)
                {
                    var to = up[i].To;
                    var before = total.TryGetValue(to, out var t) ? t : (0, false);
                    total[to] = (before.Amount + (flow.Amount * weights[i]), before.Equal || flow.Equal || equal);
                }
            }

            foreach (var (goal, value) in total)
            {
                var d = received.TryGetValue(goal, out var r) ? r.Amount : 0;
                shares.Add(new ContributionShare(key.Source, key.Resource, key.Partner, goal, d, value.Amount, value.Equal));
            }
        }

        return new ContributionAnalysis
        {
            Shares = shares.OrderBy(s => s.Source).ThenBy(s => s.Resource).ThenBy(s => s.PartnerId?.Value, StringComparer.Ordinal).ThenBy(s => s.GoalId).ToEquatableArray(),
            Partners = put.Select(kv => new PartnerContribution(kv.Key.Source, kv.Key.Resource, kv.Key.Partner, kv.Value.Amount, kv.Value.Unallocated))
                .OrderBy(p => p.Source).ThenBy(p => p.Resource).ThenBy(p => p.PartnerId?.Value, StringComparer.Ordinal).ToEquatableArray(),
        };
    }

    /// <summary>Normalised weights of a node's contribution edges: by weight when every edge has a positive one, else equal.</summary>
    internal static (double[] Weights, bool Equal) Weights(List<ChangeEdge> edges)
    {
        if (edges.TrueForAll(e => e.Weight is > 0))
        {
            var sum = edges.Sum(e => e.Weight!.Value);
            return ([.. edges.Select(e => e.Weight!.Value / sum)], false);
        }

        return ([.. edges.Select(_ => 1.0 / edges.Count)], edges.Count > 1);
    }

    private static void Apportion(Dictionary<Key, Dictionary<NodeId, (double Amount, bool Equal)>> direct, Dictionary<Key, (double Amount, double Unallocated)> put, Key key, NodeId from, double amount, bool equal, Dictionary<NodeId, List<ChangeEdge>> edges, HashSet<NodeId> goals)
    {
        if (!direct.TryGetValue(key, out var map))
        {
            direct[key] = map = [];
        }

        var before = put.TryGetValue(key, out var p) ? p : (0, 0);
        if (goals.Contains(from))
        {
            Credit(map, from, amount, equal);
            put[key] = (before.Amount + amount, before.Unallocated);
            return;
        }

        if (!edges.TryGetValue(from, out var targets) || targets.Count == 0)
        {
            put[key] = (before.Amount + amount, before.Unallocated + amount);
            return;
        }

        put[key] = (before.Amount + amount, before.Unallocated);
        var (weights, splitEqual) = Weights(targets);
        for (var i = 0; i < targets.Count; i++)
        {
            Credit(map, targets[i].To, amount * weights[i], equal || splitEqual);
        }
    }

    private static void Credit(Dictionary<NodeId, (double Amount, bool Equal)> map, NodeId goal, double amount, bool equal)
    {
        var before = map.TryGetValue(goal, out var b) ? b : (0, false);
        map[goal] = (before.Amount + amount, before.Equal || equal);
    }

    private static List<NodeId> GoalOrder(HashSet<NodeId> goals, Dictionary<NodeId, List<ChangeEdge>> edges)
    {
        var indegree = goals.ToDictionary(g => g, _ => 0);
        foreach (var (from, list) in edges)
        {
            if (goals.Contains(from))
            {
                foreach (var e in list)
                {
                    indegree[e.To]++;
                }
            }
        }

        var queue = new Queue<NodeId>(indegree.Where(kv => kv.Value == 0).Select(kv => kv.Key).Order());
        var order = new List<NodeId>();
        while (queue.Count > 0)
        {
            var g = queue.Dequeue();
            order.Add(g);
            if (edges.TryGetValue(g, out var up))
            {
                foreach (var e in up)
                {
                    if (--indegree[e.To] == 0)
                    {
                        queue.Enqueue(e.To);
                    }
                }
            }
        }

        return order;
    }
}
