using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// The theory of change as the structural rules see it, built once per run with the graph core:
/// node ids numbered densely, each vertex's kind, goal level and position in the model, the
/// endpoints of every model edge, and the contribution graph (*draagt bij aan*) in CSR form. The
/// strongly connected components and the set of nodes that reach a mission are computed on
/// first use and shared.
/// </summary>
/// <remarks>
/// Nodes with a duplicate id keep the first occurrence (the duplicate is an integrity finding).
/// Edges whose endpoints do not resolve, or whose kinds do not fit a contribution, are left out
/// of the contribution graph; their endpoints read as -1.
/// </remarks>
internal sealed class TheoryOfChangeView
{
    private StronglyConnectedComponents? _components;
    private ReachableSet? _reachesMission;

    public TheoryOfChangeView(TheoryOfChange toc)
    {
        Toc = toc;
        Index = new VertexIndex<NodeId>(NodeIds(toc));
        var count = Index.Count;
        Kinds = new NodeKind[count];
        Levels = new GoalLevel[count];
        Positions = new int[count];
        Array.Fill(Positions, -1);
        Record(toc.Goals, NodeKind.Goal, g => g.Id, (v, g) => Levels[v] = g.Level);
        Record(toc.Interventions, NodeKind.Intervention, i => i.Id, null);
        Record(toc.Preconditions, NodeKind.Precondition, p => p.Id, null);
        Record(toc.Assumptions, NodeKind.Assumption, a => a.Id, null);

        var edges = toc.Edges;
        EdgeFrom = new int[edges.Count];
        EdgeTo = new int[edges.Count];
        var sources = new int[edges.Count];
        var targets = new int[edges.Count];
        var contributions = 0;
        for (var e = 0; e < edges.Count; e++)
        {
            var edge = edges[e];
            EdgeFrom[e] = edge is not null && Index.TryGetIndex(edge.From, out var from) ? from : -1;
            EdgeTo[e] = edge is not null && Index.TryGetIndex(edge.To, out var to) ? to : -1;
            if (IsContribution(e))
            {
                sources[contributions] = EdgeFrom[e];
                targets[contributions] = EdgeTo[e];
                contributions++;
            }
        }

        Contributions = CompactGraph.FromEdges(count, sources.AsSpan(0, contributions), targets.AsSpan(0, contributions));
    }

    public TheoryOfChange Toc { get; }

    public VertexIndex<NodeId> Index { get; }

    public int Count => Index.Count;

    public NodeKind[] Kinds { get; }

    /// <summary>The goal level of each vertex; meaningful only where <see cref="Kinds"/> is <see cref="NodeKind.Goal"/>.</summary>
    public GoalLevel[] Levels { get; }

    /// <summary>The position of each vertex in the model list of its kind.</summary>
    public int[] Positions { get; }

    /// <summary>Source vertex of each model edge, or -1.</summary>
    public int[] EdgeFrom { get; }

    /// <summary>Target vertex of each model edge, or -1.</summary>
    public int[] EdgeTo { get; }

    /// <summary>The well-formed contribution edges: from a goal or intervention to a goal.</summary>
    public CompactGraph Contributions { get; }

    /// <summary>The strongly connected components of the contribution graph, with a cycle for each cyclic one.</summary>
    public StronglyConnectedComponents Components => _components ??= StronglyConnectedComponents.Compute(Contributions);

    /// <summary>The vertices from which a mission can be reached along contributions (missions included).</summary>
    public ReachableSet ReachesMission => _reachesMission ??= Reachability.Backward(Contributions, Missions());

    public string IdOf(int vertex) => Index.KeyAt(vertex).Value ?? string.Empty;

    public bool IsGoal(int vertex) => Kinds[vertex] == NodeKind.Goal;

    public bool HasMission()
    {
        for (var v = 0; v < Count; v++)
        {
            if (IsGoal(v) && Levels[v] == GoalLevel.Mission)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when model edge <paramref name="e"/> is a contribution from a goal or intervention to a goal.</summary>
    public bool IsContribution(int e) =>
        Toc.Edges[e] is { Kind: ChangeEdgeKind.ContributesTo }
        && EdgeFrom[e] >= 0 && EdgeTo[e] >= 0
        && Kinds[EdgeFrom[e]] is NodeKind.Goal or NodeKind.Intervention
        && IsGoal(EdgeTo[e]);

    /// <summary>The JSON path of a vertex's element in the model file.</summary>
    public string PathOf(int vertex) => Kinds[vertex] switch
    {
        NodeKind.Goal => JsonPaths.Goal(Positions[vertex]),
        NodeKind.Intervention => JsonPaths.Intervention(Positions[vertex]),
        NodeKind.Precondition => JsonPaths.Precondition(Positions[vertex]),
        _ => JsonPaths.Assumption(Positions[vertex]),
    };

    private static NodeId[] NodeIds(TheoryOfChange toc)
    {
        var ids = new List<NodeId>(toc.Goals.Count + toc.Interventions.Count + toc.Preconditions.Count + toc.Assumptions.Count);
        Collect(toc.Goals, g => g.Id, ids);
        Collect(toc.Interventions, i => i.Id, ids);
        Collect(toc.Preconditions, p => p.Id, ids);
        Collect(toc.Assumptions, a => a.Id, ids);
        return [.. ids];
    }

    private static void Collect<T>(EquatableArray<T> nodes, Func<T, NodeId> id, List<NodeId> ids)
        where T : class
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is { } node)
            {
                ids.Add(id(node));
            }
        }
    }

    private int[] Missions()
    {
        var missions = new List<int>();
        for (var v = 0; v < Count; v++)
        {
            if (IsGoal(v) && Levels[v] == GoalLevel.Mission)
            {
                missions.Add(v);
            }
        }

        return [.. missions];
    }

    private void Record<T>(EquatableArray<T> nodes, NodeKind kind, Func<T, NodeId> id, Action<int, T>? extra)
        where T : class
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is { } node && Index.TryGetIndex(id(node), out var v) && Positions[v] < 0)
            {
                Kinds[v] = kind;
                Positions[v] = i;
                extra?.Invoke(v, node);
            }
        }
    }
}
