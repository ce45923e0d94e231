using QuikGraph;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// The theory of change (*verandertheorie*, *doel-middelketen*) of a model as a graph: node ids
/// as vertices, the model's edges as typed edges (<see cref="TheoryOfChangeEdge"/>). It answers
/// the questions a programme asks of its theory of change — what does this node contribute to,
/// what are the means of this goal, along which chains does an intervention reach the mission,
/// how are two nodes connected — and it is a QuikGraph bidirectional graph, so that any QuikGraph
/// algorithm runs on it without a copy.
/// </summary>
/// <remarks>
/// <para>
/// Vertices are the goals, interventions, preconditions and assumptions with a non-empty id of
/// their own, goals first, then interventions, preconditions and assumptions, each in model order
/// (a repeated id counts once, at its first node). Edges whose endpoints are not nodes (dangling
/// ids, integrity findings of the validator) are left out; every other model edge is an edge,
/// kept as written, also when its kinds do not fit (a contribution into an intervention). The
/// chains, means and paths follow contributions only.
/// </para>
/// <para>Unknown node ids throw QuikGraph's <see cref="VertexNotFoundException"/>. Immutable and safe to share across threads.</para>
/// </remarks>
/// <example>
/// <code>
/// var graph = TheoryOfChangeGraph.Of(model);
/// foreach (var chain in graph.ChainsToMission(new NodeId("i-schuldhulp")))
/// {
///     Console.WriteLine(string.Join(" → ", chain));
/// }
/// var order = graph.TopologicalSort();   // QuikGraph
/// </code>
/// </example>
public sealed class TheoryOfChangeGraph : BidirectionalGraphView<NodeId, TheoryOfChangeEdge>
{
    private readonly NodeId[] _ids;
    private readonly NodeKind[] _kinds;
    private readonly GoalLevel[] _levels;
    private readonly ChangeEdgeKind[] _edgeKinds;
    private readonly int[] _modelEdgeOf;
    private readonly int[] _edgeOfModel;
    private readonly VertexIndex<NodeId> _index;

    private TheoryOfChangeGraph(TheoryOfChange toc, TheoryOfChangeNodes nodes, CompactGraph graph, int[] modelEdgeOf, int[] edgeOfModel)
        : base(graph)
    {
        TheoryOfChange = toc;
        _ids = [.. nodes.Ids.Select(id => new NodeId(id))];
        _kinds = nodes.Kinds;
        _levels = nodes.Levels;
        _modelEdgeOf = modelEdgeOf;
        _edgeOfModel = edgeOfModel;
        _edgeKinds = new ChangeEdgeKind[modelEdgeOf.Length];
        for (var e = 0; e < modelEdgeOf.Length; e++)
        {
            _edgeKinds[e] = nodes.EdgeKinds[modelEdgeOf[e]];
        }

        _index = new VertexIndex<NodeId>(_ids);
    }

    /// <summary>The theory of change the graph was built from.</summary>
    public TheoryOfChange TheoryOfChange { get; }

    /// <summary>The missions (goals at level <see cref="GoalLevel.Mission"/>), in model order.</summary>
    public IEnumerable<NodeId> Missions => Enumerable.Range(0, VertexCount).Where(IsMission).Select(v => _ids[v]);

    /// <summary>Builds the graph of a model's theory of change.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The graph.</returns>
    public static TheoryOfChangeGraph Of(WijkaanpakModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Of(model.TheoryOfChange);
    }

    /// <summary>Builds the graph of a theory of change; it need not be free of integrity problems.</summary>
    /// <param name="theoryOfChange">The theory of change.</param>
    /// <returns>The graph.</returns>
    public static TheoryOfChangeGraph Of(TheoryOfChange theoryOfChange)
    {
        ArgumentNullException.ThrowIfNull(theoryOfChange);
        using var nodes = TheoryOfChangeNodes.Of(theoryOfChange);
        var modelEdges = nodes.EdgeFrom.Length;
        var kept = 0;
        for (var e = 0; e < modelEdges; e++)
        {
            kept += nodes.EdgeFrom[e] >= 0 && nodes.EdgeTo[e] >= 0 ? 1 : 0;
        }

        var sources = new int[kept];
        var targets = new int[kept];
        var next = 0;
        for (var e = 0; e < modelEdges; e++)
        {
            if (nodes.EdgeFrom[e] >= 0 && nodes.EdgeTo[e] >= 0)
            {
                (sources[next], targets[next]) = (nodes.EdgeFrom[e], nodes.EdgeTo[e]);
                next++;
            }
        }

        var graph = CompactGraph.FromEdges(nodes.Count, sources, targets);

        // The compact graph numbers edges by source vertex, then input order (docs/graphs.md):
        // the k-th kept model edge of source v is edge firstEdge[v] + k.
        var cursor = new int[nodes.Count];
        for (var v = 1; v < nodes.Count; v++)
        {
            cursor[v] = cursor[v - 1] + graph.OutDegree(v - 1);
        }

        var modelEdgeOf = new int[kept];
        var edgeOfModel = new int[modelEdges];
        for (var e = 0; e < modelEdges; e++)
        {
            var from = nodes.EdgeFrom[e];
            if (from >= 0 && nodes.EdgeTo[e] >= 0)
            {
                var number = cursor[from]++;
                modelEdgeOf[number] = e;
                edgeOfModel[e] = number;
            }
            else
            {
                edgeOfModel[e] = -1;
            }
        }

        return new TheoryOfChangeGraph(theoryOfChange, nodes, graph, modelEdgeOf, edgeOfModel);
    }

    /// <summary>The kind of a node: goal, intervention, precondition or assumption.</summary>
    /// <param name="node">A node of the graph.</param>
    /// <exception cref="VertexNotFoundException">No node has this id.</exception>
    public NodeKind KindOf(NodeId node) => _kinds[VertexOf(node)];

    /// <summary>The level of a goal; null for an intervention, precondition or assumption.</summary>
    /// <param name="node">A node of the graph.</param>
    /// <exception cref="VertexNotFoundException">No node has this id.</exception>
    public GoalLevel? LevelOf(NodeId node)
    {
        var v = VertexOf(node);
        return _kinds[v] == NodeKind.Goal ? _levels[v] : null;
    }

    /// <summary>The edges of one kind that leave <paramref name="node"/>, in model order.</summary>
    /// <param name="node">A node of the graph.</param>
    /// <param name="kind">The edge kind.</param>
    /// <exception cref="VertexNotFoundException">No node has this id.</exception>
    public IEnumerable<TheoryOfChangeEdge> OutEdges(NodeId node, ChangeEdgeKind kind) => Graph.OutEdges(VertexOf(node)).Where(e => _edgeKinds[e.Index] == kind).Select(EdgeOf);

    /// <summary>The edges of one kind that enter <paramref name="node"/>, in model order.</summary>
    /// <param name="node">A node of the graph.</param>
    /// <param name="kind">The edge kind.</param>
    /// <exception cref="VertexNotFoundException">No node has this id.</exception>
    public IEnumerable<TheoryOfChangeEdge> InEdges(NodeId node, ChangeEdgeKind kind) =>
        Graph.InEdges(VertexOf(node)).Where(e => _edgeKinds[e.Index] == kind).Select(EdgeOf).OrderBy(e => e.Index);

    /// <summary>
    /// The targets of the edges of one kind that leave <paramref name="node"/>: with
    /// <see cref="ChangeEdgeKind.ContributesTo"/> the goals it contributes to, with
    /// <see cref="ChangeEdgeKind.RequiresPrecondition"/> the preconditions it needs, with
    /// <see cref="ChangeEdgeKind.RestsOnAssumption"/> the assumptions it rests on. In model order,
    /// a node joined twice listed twice.
    /// </summary>
    /// <param name="node">A node of the graph.</param>
    /// <param name="kind">The edge kind.</param>
    /// <exception cref="VertexNotFoundException">No node has this id.</exception>
    public IEnumerable<NodeId> Successors(NodeId node, ChangeEdgeKind kind) => OutEdges(node, kind).Select(e => e.Target);

    /// <summary>
    /// The sources of the edges of one kind that enter <paramref name="node"/>: with
    /// <see cref="ChangeEdgeKind.ContributesTo"/> the direct means of a goal, with the other kinds
    /// the nodes that need this precondition or rest on this assumption. In model order.
    /// </summary>
    /// <param name="node">A node of the graph.</param>
    /// <param name="kind">The edge kind.</param>
    /// <exception cref="VertexNotFoundException">No node has this id.</exception>
    public IEnumerable<NodeId> Predecessors(NodeId node, ChangeEdgeKind kind) => InEdges(node, kind).Select(e => e.Source);

    /// <summary>
    /// The means (*middelen*) of a goal: every goal and intervention that contributes to it,
    /// directly or through a chain of contributions, nearest first (breadth-first along the
    /// contributions backwards; equally near ones in edge order), each once.
    /// </summary>
    /// <param name="goal">A node of the graph, normally a goal.</param>
    /// <returns>The means; the goal itself only when it lies on a cycle of contributions.</returns>
    /// <exception cref="VertexNotFoundException">No node has this id.</exception>
    public IReadOnlyList<NodeId> MeansOf(NodeId goal)
    {
        var start = VertexOf(goal);
        var seen = new bool[VertexCount];
        var queue = new Queue<int>();
        var means = new List<NodeId>();
        queue.Enqueue(start);
        while (queue.TryDequeue(out var v))
        {
            foreach (var e in Graph.InEdges(v))
            {
                if (_edgeKinds[e.Index] == ChangeEdgeKind.ContributesTo && !seen[e.Source])
                {
                    seen[e.Source] = true;
                    means.Add(_ids[e.Source]);
                    queue.Enqueue(e.Source);
                }
            }
        }

        return means;
    }

    /// <summary>
    /// The chains (*doel-middelketens*) from <paramref name="node"/> up to a mission: every path
    /// along contributions that starts at the node, visits no node twice and ends at a goal of
    /// level <see cref="GoalLevel.Mission"/>. Enumerated lazily, depth first in edge order; their
    /// number can grow exponentially with the size of the theory of change, so take what you need.
    /// </summary>
    /// <param name="node">The start, normally an intervention.</param>
    /// <returns>Each chain as its nodes, from <paramref name="node"/> to the mission; a mission itself gives the chain of that one node.</returns>
    /// <exception cref="VertexNotFoundException">No node has this id.</exception>
    public IEnumerable<IReadOnlyList<NodeId>> ChainsToMission(NodeId node)
    {
        var start = VertexOf(node);
        var missions = Enumerable.Range(0, VertexCount).Where(IsMission).ToArray();
        return SimplePaths(start, missions, ChangeEdgeKind.ContributesTo);
    }

    /// <summary>
    /// The paths along edges of one kind from <paramref name="from"/> to <paramref name="to"/>
    /// that visit no node twice, enumerated lazily, depth first in edge order. Their number can
    /// grow exponentially, so take what you need; <see cref="ShortestPath"/> gives one shortest.
    /// </summary>
    /// <param name="from">The start node.</param>
    /// <param name="to">The end node.</param>
    /// <param name="kind">The edge kind to follow; contributions unless given.</param>
    /// <returns>Each path as its nodes, from <paramref name="from"/> to <paramref name="to"/>; the one-node path when they are the same node.</returns>
    /// <exception cref="VertexNotFoundException">A node id is not in the graph.</exception>
    public IEnumerable<IReadOnlyList<NodeId>> Paths(NodeId from, NodeId to, ChangeEdgeKind kind = ChangeEdgeKind.ContributesTo)
    {
        var start = VertexOf(from);
        var end = VertexOf(to);
        return SimplePaths(start, [end], kind);
    }

    /// <summary>A path with the fewest edges of one kind from <paramref name="from"/> to <paramref name="to"/> (breadth first; among equally short ones the first in edge order).</summary>
    /// <param name="from">The start node.</param>
    /// <param name="to">The end node.</param>
    /// <param name="kind">The edge kind to follow; contributions unless given.</param>
    /// <returns>The path as its nodes, or null when <paramref name="to"/> cannot be reached.</returns>
    /// <exception cref="VertexNotFoundException">A node id is not in the graph.</exception>
    public IReadOnlyList<NodeId>? ShortestPath(NodeId from, NodeId to, ChangeEdgeKind kind = ChangeEdgeKind.ContributesTo)
    {
        var start = VertexOf(from);
        var end = VertexOf(to);
        var parent = new int[VertexCount];
        Array.Fill(parent, -1);
        parent[start] = start;
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (parent[end] < 0 && queue.TryDequeue(out var v))
        {
            foreach (var e in Graph.OutEdges(v))
            {
                if (_edgeKinds[e.Index] == kind && parent[e.Target] < 0)
                {
                    parent[e.Target] = v;
                    queue.Enqueue(e.Target);
                }
            }
        }

        if (parent[end] < 0)
        {
            return null;
        }

        var path = new List<NodeId>();
        for (var v = end; ; v = parent[v])
        {
            path.Add(_ids[v]);
            if (v == start)
            {
                break;
            }
        }

        path.Reverse();
        return path;
    }

    internal override bool TryGetVertex(NodeId vertex, out int number) => _index.TryGetIndex(vertex, out number);

    internal override NodeId VertexAt(int number) => _ids[number];

    internal override TheoryOfChangeEdge EdgeOf(Edge edge)
    {
        var model = _modelEdgeOf[edge.Index];
        return new TheoryOfChangeEdge(_ids[edge.Source], _ids[edge.Target], _edgeKinds[edge.Index], TheoryOfChange.Edges[model].Weight ?? 1.0, model);
    }

    internal override bool TryGetEdgeNumber(TheoryOfChangeEdge edge, out int number)
    {
        number = (uint)edge.Index < (uint)_edgeOfModel.Length ? _edgeOfModel[edge.Index] : -1;
        return number >= 0 && EdgeOf(Graph.EdgeAt(number)) == edge;
    }

    private bool IsMission(int v) => _kinds[v] == NodeKind.Goal && _levels[v] == GoalLevel.Mission;

    /// <summary>
    /// Simple paths from <paramref name="start"/> to any of <paramref name="targets"/> along edges
    /// of <paramref name="kind"/>, each ending at the first target it meets; depth first with an
    /// explicit stack (no recursion, so a long chain does not overflow the stack); only vertices
    /// that can still reach a target are entered.
    /// </summary>
    private IEnumerable<IReadOnlyList<NodeId>> SimplePaths(int start, int[] targets, ChangeEdgeKind kind)
    {
        var isTarget = new bool[VertexCount];
        foreach (var t in targets)
        {
            isTarget[t] = true;
        }

        var reaches = ReachesAny(targets, kind);
        if (!reaches[start])
        {
            yield break;
        }

        var onPath = new bool[VertexCount];
        var path = new List<int> { start };
        var cursors = new List<IEnumerator<Edge>>();
        onPath[start] = true;
        if (isTarget[start])
        {
            yield return ToIds(path);
            yield break;
        }

        cursors.Add(Graph.OutEdges(start).GetEnumerator());
        while (cursors.Count > 0)
        {
            var cursor = cursors[^1];
            if (!cursor.MoveNext())
            {
                cursor.Dispose();
                cursors.RemoveAt(cursors.Count - 1);
                onPath[path[^1]] = false;
                path.RemoveAt(path.Count - 1);
                continue;
            }

            var e = cursor.Current;
            if (_edgeKinds[e.Index] != kind || onPath[e.Target] || !reaches[e.Target])
            {
                continue;
            }

            path.Add(e.Target);
            if (isTarget[e.Target])
            {
                yield return ToIds(path);
                path.RemoveAt(path.Count - 1);
                continue;
            }

            onPath[e.Target] = true;
            cursors.Add(Graph.OutEdges(e.Target).GetEnumerator());
        }
    }

    /// <summary>The vertices from which one of <paramref name="targets"/> can be reached along edges of <paramref name="kind"/> (the targets included).</summary>
    private bool[] ReachesAny(int[] targets, ChangeEdgeKind kind)
    {
        var reaches = new bool[VertexCount];
        var queue = new Queue<int>();
        foreach (var t in targets)
        {
            reaches[t] = true;
            queue.Enqueue(t);
        }

        while (queue.TryDequeue(out var v))
        {
            foreach (var e in Graph.InEdges(v))
            {
                if (_edgeKinds[e.Index] == kind && !reaches[e.Source])
                {
                    reaches[e.Source] = true;
                    queue.Enqueue(e.Source);
                }
            }
        }

        return reaches;
    }

    private NodeId[] ToIds(List<int> path) => [.. path.Select(v => _ids[v])];
}
