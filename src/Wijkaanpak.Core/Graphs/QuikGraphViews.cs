using QuikGraph;

namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// QuikGraph readings of a <see cref="CompactGraph"/>: the same arrays seen as a QuikGraph graph
/// over int vertices, so that any QuikGraph algorithm runs on it without a copy.
/// </summary>
/// <example>
/// <code>
/// var view = graph.AsBidirectionalGraph();
/// var distances = view.ShortestPathsDijkstra(e =&gt; e.Weight, root: 0);
/// </code>
/// </example>
public static class QuikGraphViews
{
    /// <summary>The graph as a QuikGraph <see cref="IBidirectionalGraph{TVertex, TEdge}"/>: vertices <c>0 .. VertexCount-1</c>, its <see cref="Edge"/> values as edges.</summary>
    /// <param name="graph">The compact graph.</param>
    /// <returns>A view that reads the graph's arrays.</returns>
    public static BidirectionalGraphView<int, Edge> AsBidirectionalGraph(this CompactGraph graph) => new CompactGraphView(graph);

    /// <summary>The graph as a QuikGraph <see cref="IUndirectedGraph{TVertex, TEdge}"/> (see <see cref="UndirectedGraphView{TVertex, TEdge}"/> for how edges are read).</summary>
    /// <param name="graph">The compact graph, directed or made by <see cref="CompactGraph.ToUndirected"/>.</param>
    /// <returns>A view that reads the graph's arrays.</returns>
    public static UndirectedGraphView<int, Edge> AsUndirectedGraph(this CompactGraph graph) => new CompactGraphView(graph).AsUndirected();
}
