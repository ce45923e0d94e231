using QuikGraph;

namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// A read-only QuikGraph bidirectional graph (<see cref="IBidirectionalGraph{TVertex, TEdge}"/>)
/// over a <see cref="CompactGraph"/>, without copying it: every QuikGraph algorithm (shortest
/// paths, topological sort, strongly connected components, condensation, transitive closure and
/// reduction, ...) runs on it, while the vertices and edges stay in the compact arrays and are
/// turned into <typeparamref name="TVertex"/> and <typeparamref name="TEdge"/> values as they are read.
/// </summary>
/// <remarks>
/// <para>
/// Views come from <see cref="QuikGraphViews.AsBidirectionalGraph(CompactGraph)"/> (int vertices,
/// <see cref="Edge"/> edges), from <c>Model.TheoryOfChangeGraph</c> (node ids, typed change edges)
/// and from <c>Networks.StakeholderRelationGraph</c> (stakeholder ids, typed weighted relations).
/// The graph is directed and may hold parallel edges and self loops, as the model does.
/// </para>
/// <para>
/// As in QuikGraph's own graphs, asking for the edges or degree of a vertex the graph does not
/// hold throws <see cref="VertexNotFoundException"/>; the <c>TryGet...</c> methods return false
/// instead. Reading costs what the compact graph costs: degrees O(1), the edges of a vertex
/// O(degree), <see cref="ContainsEdge(TVertex, TVertex)"/> O(out-degree). Immutable and safe to
/// share across threads.
/// </para>
/// </remarks>
/// <typeparam name="TVertex">The vertex type: <see cref="int"/> or a model id.</typeparam>
/// <typeparam name="TEdge">The edge type, a value that names its edge.</typeparam>
public abstract class BidirectionalGraphView<TVertex, TEdge> : IBidirectionalGraph<TVertex, TEdge>
    where TEdge : IEdge<TVertex>
{
    private protected BidirectionalGraphView(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
    }

    /// <summary>The compact graph the view reads: vertex <c>v</c> of it is the v-th vertex of <see cref="Vertices"/>, for our own algorithms.</summary>
    public CompactGraph Graph { get; }

    /// <summary>Always true: the edges have a direction (see <see cref="AsUndirected"/> for the undirected reading).</summary>
    public bool IsDirected => true;

    /// <summary>Always true: two edges may join the same pair of vertices, as two model edges may.</summary>
    public bool AllowParallelEdges => true;

    /// <summary>True when the graph has no vertices.</summary>
    public bool IsVerticesEmpty => Graph.VertexCount == 0;

    /// <summary>Number of vertices.</summary>
    public int VertexCount => Graph.VertexCount;

    /// <summary>The vertices, in the order of the compact graph's vertex numbers.</summary>
    public IEnumerable<TVertex> Vertices
    {
        get
        {
            for (var v = 0; v < Graph.VertexCount; v++)
            {
                yield return VertexAt(v);
            }
        }
    }

    /// <summary>True when the graph has no edges.</summary>
    public bool IsEdgesEmpty => Graph.EdgeCount == 0;

    /// <summary>Number of edges.</summary>
    public int EdgeCount => Graph.EdgeCount;

    /// <summary>Every edge, grouped by source vertex.</summary>
    public IEnumerable<TEdge> Edges => Graph.Edges.Select(EdgeOf);

    /// <summary>True when <paramref name="vertex"/> is a vertex of the graph.</summary>
    /// <param name="vertex">The vertex to look for.</param>
    public bool ContainsVertex(TVertex vertex) => TryGetVertex(vertex, out _);

    /// <summary>True when <paramref name="edge"/> is an edge of this graph (the same edge, not just the same endpoints).</summary>
    /// <param name="edge">The edge to look for.</param>
    public bool ContainsEdge(TEdge edge) => edge is not null && TryGetEdgeNumber(edge, out _);

    /// <summary>True when at least one edge runs from <paramref name="source"/> to <paramref name="target"/>; false when either is not a vertex.</summary>
    /// <param name="source">The source vertex.</param>
    /// <param name="target">The target vertex.</param>
    public bool ContainsEdge(TVertex source, TVertex target) =>
        TryGetVertex(source, out var s) && TryGetVertex(target, out var t) && Graph.ContainsEdge(s, t);

    /// <summary>Finds the first edge from <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <param name="source">The source vertex.</param>
    /// <param name="target">The target vertex.</param>
    /// <param name="edge">The edge, or the default value when there is none.</param>
    /// <returns>True when such an edge exists.</returns>
    public bool TryGetEdge(TVertex source, TVertex target, out TEdge edge)
    {
        if (TryGetVertex(source, out var s) && TryGetVertex(target, out var t))
        {
            foreach (var e in Graph.OutEdges(s))
            {
                if (e.Target == t)
                {
                    edge = EdgeOf(e);
                    return true;
                }
            }
        }

        edge = default!;
        return false;
    }

    /// <summary>Finds every edge from <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <param name="source">The source vertex.</param>
    /// <param name="target">The target vertex.</param>
    /// <param name="edges">The edges in edge order (possibly none), or null when either vertex is not in the graph.</param>
    /// <returns>True when both vertices are in the graph.</returns>
    public bool TryGetEdges(TVertex source, TVertex target, out IEnumerable<TEdge> edges)
    {
        if (TryGetVertex(source, out var s) && TryGetVertex(target, out var t))
        {
            edges = [.. Graph.OutEdges(s).Where(e => e.Target == t).Select(EdgeOf)];
            return true;
        }

        edges = null!;
        return false;
    }

    /// <summary>True when no edge leaves <paramref name="vertex"/>.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    public bool IsOutEdgesEmpty(TVertex vertex) => OutDegree(vertex) == 0;

    /// <summary>Number of edges leaving <paramref name="vertex"/>.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    public int OutDegree(TVertex vertex) => Graph.OutDegree(VertexOf(vertex));

    /// <summary>The edges leaving <paramref name="vertex"/>, in edge order.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    public IEnumerable<TEdge> OutEdges(TVertex vertex) => Graph.OutEdges(VertexOf(vertex)).Select(EdgeOf);

    /// <summary>The edges leaving <paramref name="vertex"/>.</summary>
    /// <param name="vertex">The vertex.</param>
    /// <param name="edges">The edges, or null when the vertex is not in the graph.</param>
    /// <returns>True when the vertex is in the graph.</returns>
    public bool TryGetOutEdges(TVertex vertex, out IEnumerable<TEdge> edges)
    {
        edges = TryGetVertex(vertex, out var v) ? Graph.OutEdges(v).Select(EdgeOf) : null!;
        return edges is not null;
    }

    /// <summary>The <paramref name="index"/>-th edge leaving <paramref name="vertex"/>, in edge order.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <param name="index">A position in <c>0 .. OutDegree(vertex)-1</c>.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The position is not one of the vertex's out-edges.</exception>
    public TEdge OutEdge(TVertex vertex, int index)
    {
        var v = VertexOf(vertex);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Graph.OutDegree(v));
        return EdgeOf(Graph.OutEdges(v).ElementAt(index));
    }

    /// <summary>True when no edge enters <paramref name="vertex"/>.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    public bool IsInEdgesEmpty(TVertex vertex) => InDegree(vertex) == 0;

    /// <summary>Number of edges entering <paramref name="vertex"/>.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    public int InDegree(TVertex vertex) => Graph.InDegree(VertexOf(vertex));

    /// <summary>The edges entering <paramref name="vertex"/>, ordered by edge number.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    public IEnumerable<TEdge> InEdges(TVertex vertex) => Graph.InEdges(VertexOf(vertex)).Select(EdgeOf);

    /// <summary>The edges entering <paramref name="vertex"/>.</summary>
    /// <param name="vertex">The vertex.</param>
    /// <param name="edges">The edges, or null when the vertex is not in the graph.</param>
    /// <returns>True when the vertex is in the graph.</returns>
    public bool TryGetInEdges(TVertex vertex, out IEnumerable<TEdge> edges)
    {
        edges = TryGetVertex(vertex, out var v) ? Graph.InEdges(v).Select(EdgeOf) : null!;
        return edges is not null;
    }

    /// <summary>The <paramref name="index"/>-th edge entering <paramref name="vertex"/>, ordered by edge number.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <param name="index">A position in <c>0 .. InDegree(vertex)-1</c>.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The position is not one of the vertex's in-edges.</exception>
    public TEdge InEdge(TVertex vertex, int index)
    {
        var v = VertexOf(vertex);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Graph.InDegree(v));
        return EdgeOf(Graph.InEdges(v).ElementAt(index));
    }

    /// <summary>In-degree plus out-degree of <paramref name="vertex"/> (a self loop counts twice).</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    public int Degree(TVertex vertex)
    {
        var v = VertexOf(vertex);
        return Graph.InDegree(v) + Graph.OutDegree(v);
    }

    /// <summary>
    /// The undirected reading of this graph as a QuikGraph undirected graph, without copying: every
    /// edge once, adjacent to both its ends. For a compact graph made by
    /// <see cref="CompactGraph.ToUndirected"/> (which stores each undirected edge in both directions)
    /// each pair is read once, from its lower-numbered end.
    /// </summary>
    /// <returns>The undirected view.</returns>
    public UndirectedGraphView<TVertex, TEdge> AsUndirected() => new(this);

    /// <summary>The vertex number of <paramref name="vertex"/> in <see cref="Graph"/>.</summary>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    internal int VertexOf(TVertex vertex) =>
        TryGetVertex(vertex, out var v)
            ? v
            : throw new VertexNotFoundException($"'{vertex}' is not a vertex of this graph ({VertexCount} vertices).", innerException: null);

    /// <summary>Finds the compact vertex number of a vertex.</summary>
    internal abstract bool TryGetVertex(TVertex vertex, out int number);

    /// <summary>The vertex with compact number <paramref name="number"/>.</summary>
    internal abstract TVertex VertexAt(int number);

    /// <summary>The view's edge for an edge of the compact graph.</summary>
    internal abstract TEdge EdgeOf(Edge edge);

    /// <summary>Finds the compact edge number of an edge of this view; false for an edge that is not one of them.</summary>
    internal abstract bool TryGetEdgeNumber(TEdge edge, out int number);
}
