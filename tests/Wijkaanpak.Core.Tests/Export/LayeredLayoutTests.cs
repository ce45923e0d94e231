using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Export;

namespace Wijkaanpak.Core.Tests.Export;

public class LayeredLayoutTests
{
    private static readonly LayeredLayoutSettings Settings = new();

    /// <summary>Any graph of up to 25 vertices with minimum ranks 0–5, random widths, cycles, self-loops and parallel edges.</summary>
    private static Arbitrary<LayeredGraph> AnyGraph() => Arb.From(
        from n in Gen.Choose(1, 25)
        from ranks in Gen.Choose(0, 5).ArrayOf(n)
        from widths in Gen.Choose(0, 200).ArrayOf(n)
        from m in Gen.Choose(0, 3 * n)
        from pairs in Gen.Choose(0, n - 1).Two().ArrayOf(m)
        select new LayeredGraph(ranks, [.. widths.Select(w => (double)w)], [.. pairs.Select(p => new LayoutEdge(p.Item1, p.Item2))]));

    [Fact]
    public void Every_edge_that_is_not_a_self_loop_points_up_unless_it_is_marked_reversed()
    {
        Prop.ForAll(AnyGraph(), graph =>
        {
            var drawing = LayeredLayout.Compute(graph, Settings);
            return graph.Edges.Select((e, i) => (e, drawing.Routes[i])).Where(p => p.e.From != p.e.To).All(p =>
                p.Item2.Reversed
                    ? drawing.Layers[p.e.From] > drawing.Layers[p.e.To]
                    : drawing.Layers[p.e.From] < drawing.Layers[p.e.To]);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Edges_that_agree_with_the_minimum_ranks_and_close_no_cycle_are_never_reversed()
    {
        Prop.ForAll(AnyGraph(), graph =>
        {
            var acyclic = new LayeredGraph(graph.MinimumRank, graph.Widths, [.. graph.Edges.Where(e => graph.MinimumRank[e.From] < graph.MinimumRank[e.To])]);
            var drawing = LayeredLayout.Compute(acyclic, Settings);
            return drawing.Routes.All(r => !r.Reversed);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void No_two_boxes_of_one_layer_overlap_and_at_least_half_a_gap_lies_between_them()
    {
        Prop.ForAll(AnyGraph(), graph =>
        {
            var drawing = LayeredLayout.Compute(graph, Settings);
            return Enumerable.Range(0, graph.VertexCount).GroupBy(v => drawing.Layers[v]).All(layer =>
            {
                var boxes = layer.OrderBy(v => drawing.Centres[v].X).ToList();
                return boxes.Zip(boxes.Skip(1)).All(p =>
                    drawing.Centres[p.Second].X - drawing.Centres[p.First].X >= ((graph.Widths[p.First] + graph.Widths[p.Second]) / 2) + (Settings.NodeGap / 2) - 1e-6);
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_box_lies_inside_the_canvas_on_its_layers_row()
    {
        Prop.ForAll(AnyGraph(), graph =>
        {
            var drawing = LayeredLayout.Compute(graph, Settings);
            return Enumerable.Range(0, graph.VertexCount).All(v =>
            {
                var c = drawing.Centres[v];
                var half = graph.Widths[v] / 2;
                return double.IsFinite(c.X) && c.X - half >= Settings.Margin - 1e-6 && c.X + half <= drawing.Width + 1e-6
                    && c.Y > 0 && c.Y < drawing.Height
                    && drawing.Layers.Select((l, u) => (l, u)).Where(p => p.l == drawing.Layers[v]).All(p => drawing.Centres[p.u].Y == c.Y);
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Vertices_without_edges_keep_the_order_of_their_minimum_ranks()
    {
        Prop.ForAll(AnyGraph(), graph =>
        {
            var drawing = LayeredLayout.Compute(graph, Settings);
            var isolated = Enumerable.Range(0, graph.VertexCount).Where(v => !graph.Edges.Any(e => e.From == v || e.To == v)).ToList();
            return isolated.All(u => isolated.All(v =>
                Math.Sign(graph.MinimumRank[u] - graph.MinimumRank[v]) == Math.Sign(drawing.Layers[u] - drawing.Layers[v])));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_same_graph_gives_the_same_drawing()
    {
        Prop.ForAll(AnyGraph(), graph =>
        {
            var first = LayeredLayout.Compute(graph, Settings);
            var second = LayeredLayout.Compute(graph, Settings);
            return first.Centres.SequenceEqual(second.Centres) && first.Layers.SequenceEqual(second.Layers)
                && first.Routes.Select(r => r.Points).Zip(second.Routes.Select(r => r.Points)).All(p => p.First.SequenceEqual(p.Second));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_chain_of_levels_gets_one_layer_per_level_with_the_highest_on_top()
    {
        var graph = new LayeredGraph([0, 1, 2], [100, 100, 100], [new(0, 1), new(1, 2)]);

        var drawing = LayeredLayout.Compute(graph, Settings);

        Assert.Equal([0, 1, 2], drawing.Layers);
        Assert.True(drawing.Centres[2].Y < drawing.Centres[1].Y && drawing.Centres[1].Y < drawing.Centres[0].Y);
    }

    [Fact]
    public void An_edge_over_several_layers_bends_once_per_layer_it_crosses()
    {
        var graph = new LayeredGraph([0, 1, 2, 3], [100, 100, 100, 100], [new(0, 1), new(1, 2), new(2, 3), new(0, 3)]);

        var drawing = LayeredLayout.Compute(graph, Settings);

        Assert.Equal(4, drawing.Routes[3].Points.Length);
    }

    [Fact]
    public void A_cycle_is_drawn_with_one_edge_reversed()
    {
        var graph = new LayeredGraph([0, 0, 0], [50, 50, 50], [new(0, 1), new(1, 2), new(2, 0)]);

        var drawing = LayeredLayout.Compute(graph, Settings);

        Assert.Single(drawing.Routes, r => r.Reversed);
    }

    [Fact]
    public void Barycentre_ordering_removes_the_crossing_of_two_swapped_pairs()
    {
        // Bottom 0, 1; top 2, 3; edges 0→3 and 1→2 cross in the initial order.
        var graph = new LayeredGraph([0, 0, 1, 1], [50, 50, 50, 50], [new(0, 3), new(1, 2)]);

        var drawing = LayeredLayout.Compute(graph, Settings);

        Assert.Equal(0, drawing.Crossings);
    }

    [Fact]
    public void Crossings_are_counted_as_inversions_between_adjacent_layers()
    {
        int[][] layers = [[0, 1, 2], [3, 4, 5]];
        var position = new[] { 0, 1, 2, 0, 1, 2 };
        List<int>[] above = [[5], [4], [3], [], [], []];

        Assert.Equal(3, LayeredLayout.CountCrossings(layers, position, above));
    }

    [Fact]
    public void With_a_maximum_width_a_row_too_wide_is_split_into_rows_that_fit()
    {
        var limited = Settings with { MaximumWidth = 600 };
        Prop.ForAll(AnyGraph(), graph =>
        {
            var narrow = graph with { Widths = [.. graph.Widths.Select(w => Math.Min(w, 150))], Edges = [] };
            var drawing = LayeredLayout.Compute(narrow, limited);
            return Enumerable.Range(0, narrow.VertexCount).All(v => drawing.Centres[v].X + (narrow.Widths[v] / 2) <= 600 - limited.Margin + 1e-6);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Goals_of_one_level_share_a_row_whatever_the_longest_path_below_them()
    {
        // 0 → 1 → 3 and 2 → 3: vertex 2 (rank 1) sits on the row of 1, not lower, and 3 (rank 2) above both.
        var graph = new LayeredGraph([0, 1, 1, 2], [50, 50, 50, 50], [new(0, 1), new(1, 3), new(2, 3)]);

        var drawing = LayeredLayout.Compute(graph, Settings);

        Assert.Equal(drawing.Layers[1], drawing.Layers[2]);
        Assert.True(drawing.Layers[3] > drawing.Layers[1]);
    }

    [Fact]
    public void An_attached_vertex_sits_right_beside_its_host_on_its_row()
    {
        var graph = new LayeredGraph([0, 1, 0], [50, 50, 40], [new(0, 1), new(2, 0)]) { Hosts = [-1, -1, 0] };

        var drawing = LayeredLayout.Compute(graph, Settings);

        Assert.Equal(drawing.Centres[0].Y, drawing.Centres[2].Y);
        Assert.Equal(drawing.Centres[0].X + 45 + Settings.NodeGap, drawing.Centres[2].X, 6);
    }
}
