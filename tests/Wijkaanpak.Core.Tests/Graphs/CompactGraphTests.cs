using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Tests.Graphs;

public class CompactGraphTests
{
    private static CompactGraph Triangle() => CompactGraph.FromEdges(4, [0, 1, 2, 0], [1, 2, 0, 2], [1.5, 2, 3, 4]);

    [Fact]
    public void Out_and_in_adjacency_list_the_edges_of_each_vertex()
    {
        var graph = Triangle();

        Assert.Equal(4, graph.VertexCount);
        Assert.Equal(4, graph.EdgeCount);
        Assert.Equal([1, 2], graph.OutNeighbors(0).ToArray());
        Assert.Equal([0, 1], graph.InNeighbors(2).ToArray());
        Assert.Equal(2, graph.OutDegree(0));
        Assert.Equal(2, graph.InDegree(2));
        Assert.Equal(0, graph.OutDegree(3));
        Assert.Empty(graph.InEdges(3));
    }

    [Fact]
    public void Edges_carry_source_target_number_and_weight()
    {
        var graph = Triangle();

        Assert.Equal(
            [new Edge(0, 1, 0, 1.5), new Edge(0, 2, 1, 4), new Edge(1, 2, 2, 2), new Edge(2, 0, 3, 3)],
            graph.Edges.ToArray());
        Assert.Equal([new Edge(0, 2, 1, 4), new Edge(1, 2, 2, 2)], graph.InEdges(2).ToArray());
        Assert.Equal(new Edge(2, 0, 3, 3), graph.EdgeAt(3));
        Assert.True(graph.IsWeighted);
    }

    [Fact]
    public void An_unweighted_graph_reads_every_weight_as_one()
    {
        var graph = CompactGraph.FromEdges(2, [0], [1]);

        Assert.False(graph.IsWeighted);
        Assert.Equal(1.0, graph.Weight(0));
    }

    [Fact]
    public void Every_edge_appears_once_in_the_out_lists_and_once_in_the_in_lists()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var graph = c.ToGraph();
            var input = c.Sources.Zip(c.Targets).OrderBy(p => p).ToArray();
            var outs = graph.Vertices.SelectMany(graph.OutEdges).Select(e => (e.Source, e.Target)).OrderBy(p => p).ToArray();
            var ins = graph.Vertices.SelectMany(graph.InEdges).Select(e => (e.Source, e.Target)).OrderBy(p => p).ToArray();
            var indices = graph.Vertices.SelectMany(graph.InEdges).Select(e => graph.EdgeAt(e.Index)).ToArray();
            return input.SequenceEqual(outs) && input.SequenceEqual(ins)
                && graph.Vertices.SelectMany(graph.InEdges).SequenceEqual(indices, EqualityComparer<Edge>.Default);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void An_edge_to_a_vertex_outside_the_graph_is_refused_naming_the_edge()
    {
        var error = Assert.Throws<ArgumentException>(() => CompactGraph.FromEdges(3, [0, 1], [1, 3]));

        Assert.Contains("Edge 1 has target 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Edge_lists_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CompactGraph.FromEdges(3, [0, 1], [1]));
        Assert.Throws<ArgumentException>(() => CompactGraph.FromEdges(3, [0, 1], [1, 2], [1.0]));
    }

    [Fact]
    public void A_weight_that_is_not_a_finite_number_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => CompactGraph.FromEdges(2, [0], [1], [double.NaN]));

        Assert.Contains("Edge 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_a_vertex_outside_the_graph_throws_an_argument_exception()
    {
        var graph = Triangle();

        Assert.Throws<ArgumentOutOfRangeException>(() => graph.OutDegree(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => graph.InNeighbors(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => graph.OutEdges(9));
        Assert.Throws<ArgumentOutOfRangeException>(() => graph.EdgeAt(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => graph.Weight(-1));
    }

    [Fact]
    public void The_builder_makes_the_same_graph_as_the_edge_arrays()
    {
        var built = new CompactGraphBuilder(3).AddEdge(0, 1).AddEdge(1, 2, 2.5).AddEdge(2, 0).ToGraph();

        Assert.Equal(
            CompactGraph.FromEdges(3, [0, 1, 2], [1, 2, 0], [1, 2.5, 1]).Edges,
            built.Edges);
    }

    [Fact]
    public void The_builder_adds_vertices_and_refuses_edges_to_vertices_it_does_not_have()
    {
        var builder = new CompactGraphBuilder();
        var a = builder.AddVertex();
        var b = builder.AddVertex();

        builder.AddEdge(a, b);

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddEdge(b, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddEdge(a, b, double.PositiveInfinity));
        Assert.Equal(1, builder.ToGraph().EdgeCount);
    }

    [Fact]
    public void The_undirected_view_joins_both_directions_and_merges_their_weights()
    {
        var graph = CompactGraph.FromEdges(3, [0, 1, 0, 2], [1, 0, 1, 2], [1, 2, 4, 5]);

        var sum = graph.ToUndirected();
        var max = graph.ToUndirected(EdgeWeightMerge.Max);

        Assert.True(sum.IsUndirected);
        Assert.Equal([new Edge(0, 1, 0, 7), new Edge(1, 0, 1, 7), new Edge(2, 2, 2, 5)], sum.Edges.ToArray());
        Assert.Equal(4, max.Weight(0));
        Assert.Same(sum, sum.ToUndirected());
    }

    [Fact]
    public void The_undirected_view_is_symmetric_and_joins_exactly_the_pairs_joined_before()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var undirected = c.ToGraph().ToUndirected();
            var pairs = c.Sources.Zip(c.Targets).SelectMany(p => new[] { p, (p.Second, p.First) }).Distinct().OrderBy(p => p);
            var arcs = undirected.Edges.Select(e => (e.Source, e.Target)).ToArray();
            return arcs.SequenceEqual(pairs) && arcs.All(a => undirected.ContainsEdge(a.Target, a.Source));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_weighted_graph_takes_sixteen_bytes_per_edge_plus_eight_per_vertex()
    {
        var graph = CompactGraph.FromEdges(3, [0, 1, 2], [1, 2, 0], [1.0, 1.0, 1.0]);
        var unweighted = CompactGraph.FromEdges(3, [0, 1, 2], [1, 2, 0]);

        Assert.Equal((16 * 3) + (2 * 4 * 4), graph.SizeInBytes);
        Assert.Equal((12 * 3) + (2 * 4 * 4), unweighted.SizeInBytes);
    }
}
