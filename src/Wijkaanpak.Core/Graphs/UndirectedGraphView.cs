using QuikGraph;

namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// The undirected reading of a <see cref="BidirectionalGraphView{TVertex, TEdge}"/> as a
/// QuikGraph undirected graph (<see cref="IUndirectedGraph{TVertex, TEdge}"/>), without copying:
/// every edge once, adjacent to both its ends, so that QuikGraph's undirected algorithms
/// (connected components, minimum spanning trees, undirected shortest paths) run on a model's
/// graph. Made by <see cref="BidirectionalGraphView{TVertex, TEdge}.AsUndirected"/>.
/// </summary>
/// <remarks>
/// <para>
/// On a directed compact graph each edge is one undirected edge (parallel edges and self loops
/// stay). On a compact graph made by <see cref="CompactGraph.ToUndirected"/>, which stores each
/// undirected edge in both directions, the edge is read once, from its lower-numbered end (the
/// arc with source ≤ target). The adjacent edges of a vertex are its out-edges, then its in-edges;
/// a self loop is adjacent once.
/// </para>
/// <para>Unknown vertices throw <see cref="VertexNotFoundException"/>, as in QuikGraph's own graphs. Immutable and safe to share across threads.</para>
/// </remarks>
/// <typeparam name="TVertex">The vertex type.</typeparam>
/// <typeparam name="TEdge">The edge type.</typeparam>
public sealed class UndirectedGraphView<TVertex, TEdge> : IUndirectedGraph<TVertex, TEdge>
    where TEdge : IEdge<TVertex>
{
    private readonly BidirectionalGraphView<TVertex, TEdge> _directed;
    private readonly CompactGraph _graph;

    internal UndirectedGraphView(BidirectionalGraphView<TVertex, TEdge> directed)
    {
        _directed = directed;
        _graph = directed.Graph;
        EdgeCount = _graph.IsUndirected ? CountLowerArcs(_graph) : _graph.EdgeCount;
    }

    /// <summary>Always false: the edges are read without direction.</summary>
    public bool IsDirected => false;

    /// <summary>Always true: two edges may join the same pair of vertices.</summary>
    public bool AllowParallelEdges => true;

    /// <summary>
    /// Edges are equal to a pair of vertices in either direction
    /// (<see cref="EdgeExtensions.UndirectedVertexEquality{TVertex}"/>).
    /// </summary>
    public EdgeEqualityComparer<TVertex> EdgeEqualityComparer => EdgeExtensions.UndirectedVertexEquality;

    /// <summary>True when the graph has no vertices.</summary>
    public bool IsVerticesEmpty => _graph.VertexCount == 0;

    /// <summary>Number of vertices.</summary>
    public int VertexCount => _graph.VertexCount;

    /// <summary>The vertices, in the order of the compact graph's vertex numbers.</summary>
    public IEnumerable<TVertex> Vertices => _directed.Vertices;

    /// <summary>True when the graph has no edges.</summary>
    public bool IsEdgesEmpty => EdgeCount == 0;

    /// <summary>Number of undirected edges.</summary>
    public int EdgeCount { get; }

    /// <summary>Every undirected edge once, grouped by the vertex it is read from.</summary>
    public IEnumerable<TEdge> Edges => _graph.Edges.Where(IsRead).Select(_directed.EdgeOf);

    /// <summary>True when <paramref name="vertex"/> is a vertex of the graph.</summary>
    /// <param name="vertex">The vertex to look for.</param>
    public bool ContainsVertex(TVertex vertex) => _directed.ContainsVertex(vertex);

    /// <summary>True when <paramref name="edge"/> is one of this graph's undirected edges.</summary>
    /// <param name="edge">The edge to look for.</param>
    public bool ContainsEdge(TEdge edge) =>
        edge is not null && _directed.TryGetEdgeNumber(edge, out var e) && IsRead(_graph.EdgeAt(e));

    /// <summary>True when an edge joins <paramref name="source"/> and <paramref name="target"/> in either direction; false when either is not a vertex.</summary>
    /// <param name="source">One end.</param>
    /// <param name="target">The other end.</param>
    public bool ContainsEdge(TVertex source, TVertex target) => TryGetEdge(source, target, out _);

    /// <summary>Finds an edge that joins <paramref name="source"/> and <paramref name="target"/> in either direction.</summary>
    /// <param name="source">One end.</param>
    /// <param name="target">The other end.</param>
    /// <param name="edge">The first such edge adjacent to <paramref name="source"/>, or the default value.</param>
    /// <returns>True when such an edge exists.</returns>
    public bool TryGetEdge(TVertex source, TVertex target, out TEdge edge)
    {
        if (_directed.TryGetVertex(source, out var s) && _directed.TryGetVertex(target, out var t))
        {
            foreach (var e in Adjacent(s))
            {
                if ((e.Source == s && e.Target == t) || (e.Source == t && e.Target == s))
                {
                    edge = _directed.EdgeOf(e);
                    return true;
                }
            }
        }

        edge = default!;
        return false;
    }

    /// <summary>The edges with <paramref name="vertex"/> at either end: its out-edges, then its in-edges; a self loop once.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    public IEnumerable<TEdge> AdjacentEdges(TVertex vertex) => Adjacent(_directed.VertexOf(vertex)).Select(_directed.EdgeOf);

    /// <summary>Number of edges with <paramref name="vertex"/> at either end (a self loop counts once).</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    public int AdjacentDegree(TVertex vertex)
    {
        var v = _directed.VertexOf(vertex);
        if (_graph.IsUndirected)
        {
            // Every neighbour is read once, from one arc of the pair.
            return _graph.OutDegree(v);
        }

        var degree = _graph.OutDegree(v);
        foreach (var source in _graph.InNeighbors(v))
        {
            degree += source == v ? 0 : 1;
        }

        return degree;
    }

    /// <summary>True when no edge has <paramref name="vertex"/> at either end.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    public bool IsAdjacentEdgesEmpty(TVertex vertex) => AdjacentDegree(vertex) == 0;

    /// <summary>The <paramref name="index"/>-th edge of <see cref="AdjacentEdges"/>.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <param name="index">A position in <c>0 .. AdjacentDegree(vertex)-1</c>.</param>
    /// <exception cref="VertexNotFoundException">The vertex is not in the graph.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The position is not one of the vertex's edges.</exception>
    public TEdge AdjacentEdge(TVertex vertex, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, AdjacentDegree(vertex));
        return AdjacentEdges(vertex).ElementAt(index);
    }

    private static int CountLowerArcs(CompactGraph graph)
    {
        var count = 0;
        for (var v = 0; v < graph.VertexCount; v++)
        {
            foreach (var t in graph.OutNeighbors(v))
            {
                count += v <= t ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>True for the arc that stands for its undirected edge: every arc of a directed graph, the lower-to-higher arc of an undirected one.</summary>
    private bool IsRead(Edge edge) => !_graph.IsUndirected || edge.Source <= edge.Target;

    private IEnumerable<Edge> Adjacent(int v)
    {
        foreach (var e in _graph.OutEdges(v))
        {
            if (IsRead(e))
            {
                yield return e;
            }
        }

        foreach (var e in _graph.InEdges(v))
        {
            if (e.Source != v && IsRead(e))
            {
                yield return e;
            }
        }
    }
}
