using System.Buffers;
using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// The theory of change as the structural rules see it, built once per run with the graph core:
/// the numbered nodes and resolved edges the run shares with its integrity check
/// (<see cref="TheoryOfChangeNodes"/>) and the contribution graph (*draagt bij aan*) in CSR form. The
/// strongly connected components and the set of nodes that reach a mission are computed on
/// first use, once, also when rules on several threads ask for them at the same time.
/// </summary>
/// <remarks>
/// Nodes with a duplicate id keep the first occurrence; nodes with an empty id have no vertex
/// (both are integrity findings).
/// Edges whose endpoints do not resolve, or whose kinds do not fit a contribution, are left out
/// of the contribution graph; their endpoints read as -1.
/// </remarks>
internal sealed class TheoryOfChangeView
{
    private readonly bool[] _contribution;
    private readonly Lazy<StronglyConnectedComponents> _components;
    private readonly Lazy<ReachableSet> _reachesMission;
    private readonly Lazy<bool> _hasMission;

    public TheoryOfChangeView(TheoryOfChange toc, TheoryOfChangeNodes nodes)
    {
        Toc = toc;
        Nodes = nodes;
        var edges = EdgeFrom.Length;
        _contribution = new bool[edges];
        var sources = ArrayPool<int>.Shared.Rent(edges);
        var targets = ArrayPool<int>.Shared.Rent(edges);
        var contributions = 0;
        for (var e = 0; e < edges; e++)
        {
            var (from, to) = (EdgeFrom[e], EdgeTo[e]);
            if (Nodes.EdgeKinds[e] == ChangeEdgeKind.ContributesTo && from >= 0 && to >= 0
                && Kinds[from] is NodeKind.Goal or NodeKind.Intervention && IsGoal(to))
            {
                _contribution[e] = true;
                sources[contributions] = from;
                targets[contributions] = to;
                contributions++;
            }
        }

        Contributions = CompactGraph.FromEdges(Count, sources.AsSpan(0, contributions), targets.AsSpan(0, contributions));
        ArrayPool<int>.Shared.Return(sources);
        ArrayPool<int>.Shared.Return(targets);
        _components = new(() => StronglyConnectedComponents.Compute(Contributions));
        _reachesMission = new(() => Reachability.Backward(Contributions, Missions()));
        _hasMission = new(() => Missions().Length > 0);
    }

    public TheoryOfChange Toc { get; }

    /// <summary>The numbered nodes and resolved edges, shared with the integrity check of the run.</summary>
    public TheoryOfChangeNodes Nodes { get; }

    public int Count => Nodes.Count;

    /// <inheritdoc cref="TheoryOfChangeNodes.Kinds"/>
    public NodeKind[] Kinds => Nodes.Kinds;

    /// <inheritdoc cref="TheoryOfChangeNodes.Levels"/>
    public GoalLevel[] Levels => Nodes.Levels;

    /// <inheritdoc cref="TheoryOfChangeNodes.Positions"/>
    public int[] Positions => Nodes.Positions;

    /// <inheritdoc cref="TheoryOfChangeNodes.EdgeFrom"/>
    public int[] EdgeFrom => Nodes.EdgeFrom;

    /// <inheritdoc cref="TheoryOfChangeNodes.EdgeTo"/>
    public int[] EdgeTo => Nodes.EdgeTo;

    /// <inheritdoc cref="TheoryOfChangeNodes.EdgeKinds"/>
    public ChangeEdgeKind[] EdgeKinds => Nodes.EdgeKinds;

    /// <summary>The well-formed contribution edges: from a goal or intervention to a goal.</summary>
    public CompactGraph Contributions { get; }

    /// <summary>The strongly connected components of the contribution graph, with a cycle for each cyclic one.</summary>
    public StronglyConnectedComponents Components => _components.Value;

    /// <summary>The vertices from which a mission can be reached along contributions (missions included).</summary>
    public ReachableSet ReachesMission => _reachesMission.Value;

    public string IdOf(int vertex) => Nodes.Ids[vertex];

    public bool IsGoal(int vertex) => Kinds[vertex] == NodeKind.Goal;

    /// <summary>True when the theory of change has a goal at mission level.</summary>
    public bool HasMission => _hasMission.Value;

    /// <summary>True when model edge <paramref name="e"/> is a contribution from a goal or intervention to a goal.</summary>
    public bool IsContribution(int e) => _contribution[e];

    /// <summary>The JSON path of a vertex's element in the model file.</summary>
    public string PathOf(int vertex) => Kinds[vertex] switch
    {
        NodeKind.Goal => JsonPaths.Goal(Positions[vertex]),
        NodeKind.Intervention => JsonPaths.Intervention(Positions[vertex]),
        NodeKind.Precondition => JsonPaths.Precondition(Positions[vertex]),
        _ => JsonPaths.Assumption(Positions[vertex]),
    };

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
}
