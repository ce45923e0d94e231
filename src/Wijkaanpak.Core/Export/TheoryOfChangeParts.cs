using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Cuts a wide theory of change into one part per ambition (or, without ambitions, per goal of the
/// highest level that has several): the part holds that goal, everything that contributes to it,
/// whatever it contributes to (the mission) and the preconditions and assumptions those nodes rest
/// on. A node serving two ambitions appears in both parts. Nodes in no part come last, together.
/// </summary>
internal static class TheoryOfChangeParts
{
    /// <summary>The parts, each with the goal it is about (null for the remainder), in the view's node order.</summary>
    public static IReadOnlyList<(ChangeGraphNode? Root, ChangeGraphView View)> Split(ChangeGraphView view)
    {
        var level = view.Nodes.Where(n => n.Kind == NodeKind.Goal && n.Level is not GoalLevel.Mission)
            .GroupBy(n => n.Level!.Value).Where(g => g.Count() >= 2).Select(g => (GoalLevel?)g.Key).Max();
        if (level is null)
        {
            return [(null, view)];
        }

        var below = new List<int>[view.Nodes.Count];
        var above = new List<int>[view.Nodes.Count];
        var links = new List<int>[view.Nodes.Count];
        for (var v = 0; v < view.Nodes.Count; v++)
        {
            (below[v], above[v], links[v]) = ([], [], []);
        }

        foreach (var edge in view.Edges)
        {
            if (edge.Kind == ChangeEdgeKind.ContributesTo)
            {
                below[edge.To].Add(edge.From);
                above[edge.From].Add(edge.To);
            }
            else
            {
                links[edge.From].Add(edge.To);
            }
        }

        var parts = new List<(ChangeGraphNode?, ChangeGraphView)>();
        var covered = new HashSet<int>();
        for (var root = 0; root < view.Nodes.Count; root++)
        {
            if (view.Nodes[root].Kind != NodeKind.Goal || view.Nodes[root].Level != level)
            {
                continue;
            }

            var part = Reach(root, below);
            part.UnionWith(Reach(root, above));
            part.UnionWith(part.SelectMany(v => links[v]).ToList());
            covered.UnionWith(part);
            parts.Add((view.Nodes[root], view.Subset(part)));
        }

        var rest = Enumerable.Range(0, view.Nodes.Count).Where(v => !covered.Contains(v)).ToHashSet();
        if (rest.Count > 0)
        {
            rest.UnionWith(rest.SelectMany(v => Reach(v, above)).ToList());
            rest.UnionWith(rest.SelectMany(v => links[v]).ToList());
            parts.Add((null, view.Subset(rest)));
        }

        return parts;
    }

    private static HashSet<int> Reach(int start, List<int>[] next)
    {
        var seen = new HashSet<int> { start };
        var stack = new Stack<int>([start]);
        while (stack.Count > 0)
        {
            foreach (var w in next[stack.Pop()])
            {
                if (seen.Add(w))
                {
                    stack.Push(w);
                }
            }
        }

        return seen;
    }
}
