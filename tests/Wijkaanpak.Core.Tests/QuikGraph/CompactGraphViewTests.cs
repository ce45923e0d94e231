using QuikGraph;
using QuikGraph.Algorithms;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Tests.QuikGraph;

public sealed class CompactGraphViewTests
{
    // 0 -> 1 (2), 0 -> 2 (5), 1 -> 2 (1), 2 -> 3 (1), 3 -> 3 (1, self loop), 1 -> 2 (4, parallel)
    private static readonly CompactGraph Weighted = CompactGraph.FromEdges(
        5, [0, 0, 1, 2, 3, 1], [1, 2, 2, 3, 3, 2], [2.0, 5.0, 1.0, 1.0, 1.0, 4.0]);

    [Fact]
    public void The_view_reads_the_vertices_edges_and_degrees_of_the_compact_graph()
    {
        var view = Weighted.AsBidirectionalGraph();

        Assert.Equal([0, 1, 2, 3, 4], view.Vertices);
        Assert.Equal(Weighted.Edges, view.Edges);
        Assert.Equal(6, view.EdgeCount);
        Assert.Equal(2, view.OutDegree(1));
        Assert.Equal(3, view.InDegree(2));
        Assert.Equal(3, view.Degree(3));
        Assert.True(view.IsOutEdgesEmpty(4));
        Assert.True(view.IsInEdgesEmpty(0));
        Assert.Equal([2, 2], view.OutEdges(1).Select(e => e.Target));
        Assert.Equal(new Edge(1, 2, 3, 4.0), view.OutEdge(1, 1));
        Assert.Equal([0, 1, 1], view.InEdges(2).Select(e => e.Source));
        Assert.Equal(view.InEdges(2).ElementAt(2), view.InEdge(2, 2));
        Assert.True(view.ContainsEdge(1, 2));
        Assert.False(view.ContainsEdge(2, 1));
        Assert.True(view.ContainsEdge(Weighted.EdgeAt(3)));
        Assert.False(view.ContainsEdge(new Edge(1, 2, 3, 9.0)));
        Assert.True(view.TryGetEdges(1, 2, out var parallel));
        Assert.Equal([1.0, 4.0], parallel.Select(e => e.Weight));
        Assert.True(view.TryGetEdge(1, 2, out var first));
        Assert.Equal(1.0, first.Weight);
    }

    [Fact]
    public void Vertices_outside_the_graph_throw_QuikGraphs_exception_and_TryGet_returns_false()
    {
        var view = Weighted.AsBidirectionalGraph();

        Assert.False(view.ContainsVertex(5));
        Assert.False(view.ContainsVertex(-1));
        Assert.Throws<VertexNotFoundException>(() => view.OutEdges(5));
        Assert.Throws<VertexNotFoundException>(() => view.InDegree(-1));
        Assert.False(view.TryGetOutEdges(7, out _));
        Assert.False(view.TryGetInEdges(7, out _));
        Assert.False(view.TryGetEdge(0, 9, out _));
        Assert.False(view.ContainsEdge(9, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.OutEdge(0, 2));
    }

    [Fact]
    public void QuikGraph_Dijkstra_runs_on_the_view_with_the_stored_weights()
    {
        var view = Weighted.AsBidirectionalGraph();

        var paths = view.ShortestPathsDijkstra(e => e.Weight, 0);

        Assert.True(paths(3, out var path));
        Assert.Equal([0, 1, 2, 3], path.Select(e => e.Source).Append(3));
        Assert.Equal(4.0, path.Sum(e => e.Weight));
        Assert.False(paths(4, out _));
    }

    [Fact]
    public void QuikGraph_topological_sort_and_components_agree_with_ours_on_the_view()
    {
        var dag = CompactGraph.FromEdges(6, [0, 0, 1, 3, 4], [1, 2, 2, 4, 5]);
        var view = dag.AsBidirectionalGraph();

        var order = view.TopologicalSort().ToArray();
        var position = new int[6];
        for (var i = 0; i < order.Length; i++)
        {
            position[order[i]] = i;
        }

        Assert.Equal(6, order.Length);
        Assert.All(dag.Edges, e => Assert.True(position[e.Source] < position[e.Target]));

        var components = new Dictionary<int, int>();
        Assert.Equal(2, view.WeaklyConnectedComponents(components));
        var ours = WeaklyConnectedComponents.Compute(dag);
        Assert.All(dag.Vertices, v => Assert.Equal(
            components[v] == components[0], ours.AreInSameComponent(v, 0)));
    }

    [Fact]
    public void The_undirected_view_of_a_directed_graph_has_each_edge_once_at_both_ends()
    {
        var undirected = Weighted.AsUndirectedGraph();

        Assert.False(undirected.IsDirected);
        Assert.Equal(6, undirected.EdgeCount);
        Assert.Equal(6, undirected.Edges.Count());
        Assert.Equal([1, 2], undirected.AdjacentEdges(0).Select(e => e.Target).Order());
        Assert.Equal(3, undirected.AdjacentDegree(1));
        Assert.Equal(2, undirected.AdjacentDegree(3));
        Assert.True(undirected.ContainsEdge(2, 1));
        Assert.True(undirected.ContainsEdge(1, 2));
        Assert.True(undirected.TryGetEdge(3, 2, out var edge));
        Assert.Equal((2, 3), (edge.Source, edge.Target));
        Assert.True(undirected.IsAdjacentEdgesEmpty(4));
        Assert.Throws<VertexNotFoundException>(() => undirected.AdjacentEdges(5));
    }

    [Fact]
    public void The_undirected_view_of_a_symmetric_graph_reads_each_pair_once()
    {
        var symmetric = Weighted.ToUndirected();
        var undirected = symmetric.AsUndirectedGraph();

        // Pairs {0,1}, {0,2}, {1,2} (weights 1 + 4 summed), {2,3} and the self loop {3}.
        Assert.Equal(5, undirected.EdgeCount);
        Assert.Equal(5, undirected.Edges.Count());
        Assert.All(undirected.Edges, e => Assert.True(e.Source <= e.Target));
        Assert.Equal(3, undirected.AdjacentDegree(2));
        Assert.Equal([0, 1, 3], undirected.AdjacentEdges(2).Select(e => e.Source == 2 ? e.Target : e.Source).Order());
        Assert.Equal(5.0, undirected.AdjacentEdges(1).Single(e => e.Target == 2 || e.Source == 2).Weight);
        Assert.True(undirected.ContainsEdge(symmetric.EdgeAt(0)));
        Assert.DoesNotContain(undirected.Edges, e => e.Source > e.Target);

        var components = new Dictionary<int, int>();
        Assert.Equal(2, undirected.ConnectedComponents(components));
    }
}
