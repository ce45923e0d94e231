using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// The theory of change as numbered nodes and edges, the shared starting point of the SVG picture
/// and the DOT and Mermaid exports. Nodes are ordered by kind (goals from mission down, then
/// interventions, preconditions, assumptions) and then by ordinal id, so every output is
/// deterministic whatever the order of the model's lists. Edges whose ends are not nodes of the
/// model are left out, and a node whose id is used twice is drawn once (the integrity check
/// reports both).
/// </summary>
internal sealed class ChangeGraphView
{
    private ChangeGraphView(IReadOnlyList<ChangeGraphNode> nodes, IReadOnlyList<ChangeGraphEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>The nodes, in drawing order.</summary>
    public IReadOnlyList<ChangeGraphNode> Nodes { get; }

    /// <summary>The edges between known nodes, ordered by source, target and kind.</summary>
    public IReadOnlyList<ChangeGraphEdge> Edges { get; }

    /// <summary>
    /// The part of this view made of the nodes numbered in <paramref name="keep"/>, renumbered in
    /// their order here, with the edges between them.
    /// </summary>
    public ChangeGraphView Subset(IReadOnlySet<int> keep)
    {
        var number = new Dictionary<int, int>();
        var nodes = new List<ChangeGraphNode>();
        for (var v = 0; v < Nodes.Count; v++)
        {
            if (keep.Contains(v))
            {
                number[v] = nodes.Count;
                nodes.Add(Nodes[v]);
            }
        }

        var edges = Edges.Where(e => number.ContainsKey(e.From) && number.ContainsKey(e.To))
            .Select(e => e with { From = number[e.From], To = number[e.To] }).ToList();
        return new ChangeGraphView(nodes, edges);
    }

    /// <summary>Numbers the nodes and edges of <paramref name="theory"/>.</summary>
    public static ChangeGraphView Of(TheoryOfChange theory)
    {
        var nodes = new List<ChangeGraphNode>();
        nodes.AddRange(theory.Goals.OrderByDescending(g => g.Level).ThenBy(g => g.Id)
            .Select(g => new ChangeGraphNode(g.Id, g.Name, NodeKind.Goal, g.Level)));
        nodes.AddRange(theory.Interventions.OrderBy(i => i.Id)
            .Select(i => new ChangeGraphNode(i.Id, i.Name, NodeKind.Intervention, null)));
        nodes.AddRange(theory.Preconditions.OrderBy(p => p.Id)
            .Select(p => new ChangeGraphNode(p.Id, p.Name, NodeKind.Precondition, null)));
        nodes.AddRange(theory.Assumptions.OrderBy(a => a.Id)
            .Select(a => new ChangeGraphNode(a.Id, a.Statement, NodeKind.Assumption, null)));

        var number = new Dictionary<NodeId, int>();
        var unique = new List<ChangeGraphNode>();
        foreach (var node in nodes)
        {
            if (number.TryAdd(node.Id, unique.Count))
            {
                unique.Add(node);
            }
        }

        var edges = theory.Edges
            .Where(e => number.ContainsKey(e.From) && number.ContainsKey(e.To))
            .Select(e => new ChangeGraphEdge(number[e.From], number[e.To], e.Kind, e.Contribution))
            .Distinct()
            .OrderBy(e => e.From).ThenBy(e => e.To).ThenBy(e => e.Kind).ThenBy(e => e.Contribution)
            .ToList();
        return new ChangeGraphView(unique, edges);
    }
}
