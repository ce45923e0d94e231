using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Export;

namespace Wijkaanpak.Core.Tests.Export;

public class ForceLayoutTests
{
    private static readonly ForceLayoutSettings Settings = new() { Iterations = 60 };

    /// <summary>Any graph of up to 40 vertices, including parallel edges and self-loops.</summary>
    private static Arbitrary<(int VertexCount, LayoutEdge[] Edges)> AnyGraph() => Arb.From(
        from n in Gen.Choose(0, 40)
        from m in Gen.Choose(0, 3 * Math.Max(1, n))
        from pairs in Gen.Choose(0, Math.Max(0, n - 1)).Two().ArrayOf(n == 0 ? 0 : m)
        select (n, pairs.Select(p => new LayoutEdge(p.Item1, p.Item2)).ToArray()));

    [Fact]
    public void Every_position_is_finite_and_inside_the_canvas_minus_the_margin()
    {
        Prop.ForAll(AnyGraph(), g =>
        {
            var points = ForceLayout.Compute(g.VertexCount, g.Edges, Settings);
            return points.Length == g.VertexCount && points.All(p =>
                double.IsFinite(p.X) && double.IsFinite(p.Y)
                && p.X >= Settings.Margin && p.X <= Settings.Width - Settings.Margin
                && p.Y >= Settings.Margin && p.Y <= Settings.Height - Settings.Margin);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_same_graph_and_seed_give_the_same_positions()
    {
        Prop.ForAll(AnyGraph(), g =>
            ForceLayout.Compute(g.VertexCount, g.Edges, Settings).SequenceEqual(ForceLayout.Compute(g.VertexCount, g.Edges, Settings)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Another_seed_gives_another_drawing()
    {
        LayoutEdge[] edges = [new(0, 1), new(1, 2), new(2, 3)];

        var first = ForceLayout.Compute(4, edges, Settings);
        var second = ForceLayout.Compute(4, edges, Settings with { Seed = 7 });

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Joined_vertices_end_closer_together_than_unjoined_ones()
    {
        // Two triangles without a link between them.
        LayoutEdge[] edges = [new(0, 1), new(1, 2), new(2, 0), new(3, 4), new(4, 5), new(5, 3)];

        var points = ForceLayout.Compute(6, edges, new ForceLayoutSettings());

        Assert.True(Distance(points[0], points[1]) < Distance(points[0], points[4]));
        Assert.True(Distance(points[3], points[5]) < Distance(points[2], points[5]));
    }

    [Fact]
    public void Two_unjoined_vertices_on_a_narrow_canvas_end_apart()
    {
        var points = ForceLayout.Compute(2, [], Settings with { Width = 2 * Settings.Margin, Height = 2 * Settings.Margin + 200 });

        Assert.NotEqual(points[0], points[1]);
    }

    private static double Distance(LayoutPoint a, LayoutPoint b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
