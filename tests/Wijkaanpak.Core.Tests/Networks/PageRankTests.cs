using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class PageRankTests
{
    [Fact]
    public void The_karate_club_matches_networkx()
    {
        var result = PageRank.Compute(KarateClub.Graph());

        Assert.True(result.Converged);
        Assert.Equal(0.100919182, result.Scores[KarateClub.Vertex(34)], 1e-6);
        Assert.Equal(0.096997285, result.Scores[KarateClub.Vertex(1)], 1e-6);
        Assert.Equal(0.071693226, result.Scores[KarateClub.Vertex(33)], 1e-6);
        Assert.Equal(0.009564745, result.Scores[KarateClub.Vertex(12)], 1e-6);
    }

    [Fact]
    public void Dangling_vertices_spread_their_rank_uniformly_like_networkx()
    {
        var graph = CompactGraph.FromEdges(6, [0, 1, 2, 2, 4], [1, 2, 0, 3, 3]);

        var scores = PageRank.Compute(graph, new PageRankOptions { Tolerance = 1e-12 }).Scores;

        double[] networkx = [0.17289990589732512, 0.21403774215074006, 0.24900490296342082, 0.2299118047138251, 0.06707282213734436, 0.06707282213734436];
        Assert.All(Enumerable.Range(0, 6), v => Assert.Equal(networkx[v], scores[v], 1e-10));
        Assert.Equal(1.0, scores.Sum(), 1e-12);
    }

    [Fact]
    public void Weights_steer_the_walk()
    {
        var graph = CompactGraph.FromEdges(3, [0, 0, 1, 2], [1, 2, 0, 0], [3.0, 1.0, 1.0, 1.0]);

        var weighted = PageRank.Compute(graph).Scores;
        var unweighted = PageRank.Compute(graph, new PageRankOptions { UseWeights = false }).Scores;

        Assert.True(weighted[1] > weighted[2]);
        Assert.Equal(unweighted[1], unweighted[2], 1e-12);
    }

    [Fact]
    public void A_negative_weight_is_refused_naming_the_edge()
    {
        var graph = CompactGraph.FromEdges(2, [0], [1], [-1.0]);

        var error = Assert.Throws<ArgumentException>(() => PageRank.Compute(graph));

        Assert.Contains("edge 0 (0 -> 1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damping_outside_zero_to_one_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PageRank.Compute(KarateClub.Graph(), new PageRankOptions { Damping = 1.5 }));
    }

    [Fact]
    public void A_large_graph_gets_the_same_scores_to_the_bit_on_every_run()
    {
        var random = new Random(7);
        var n = 100_000;
        var sources = Enumerable.Range(0, 3 * n).Select(_ => random.Next(n)).ToArray();
        var targets = Enumerable.Range(0, 3 * n).Select(_ => random.Next(n)).ToArray();
        var graph = CompactGraph.FromEdges(n, sources, targets);

        var first = PageRank.Compute(graph);
        var second = PageRank.Compute(graph);

        Assert.Equal(first, second);
        Assert.True(first.Converged);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_scores_satisfy_the_pagerank_equation_whichever_way_the_edges_point(bool mostlyDown)
    {
        var random = new Random(11);
        var n = 2_000;
        var sources = new List<int>();
        var targets = new List<int>();
        var weights = new List<double>();
        for (var e = 0; e < 8 * n; e++)
        {
            var (a, b) = (random.Next(n), random.Next(n));
            var down = random.NextDouble() < 0.8 == mostlyDown;
            sources.Add(down ? Math.Max(a, b) : Math.Min(a, b));
            targets.Add(down ? Math.Min(a, b) : Math.Max(a, b));
            weights.Add(1 + random.Next(10));
        }

        var graph = CompactGraph.FromEdges(n, [.. sources], [.. targets], [.. weights]);
        var result = PageRank.Compute(graph, new PageRankOptions { Tolerance = 1e-12, MaxIterations = 1000 });

        // x = 0.85 · (weighted walk of x) + (0.85 · dangling mass + 0.15) / n, up to the tolerance.
        var x = result.Scores;
        var outWeight = new double[n];
        for (var e = 0; e < sources.Count; e++)
        {
            outWeight[sources[e]] += weights[e];
        }

        var dangling = Enumerable.Range(0, n).Where(v => outWeight[v] == 0).Sum(v => x[v]);
        var expected = Enumerable.Repeat(((0.85 * dangling) + 0.15) / n, n).ToArray();
        for (var e = 0; e < sources.Count; e++)
        {
            expected[targets[e]] += 0.85 * x[sources[e]] * weights[e] / outWeight[sources[e]];
        }

        Assert.True(result.Converged);
        Assert.True(Enumerable.Range(0, n).Sum(v => Math.Abs(expected[v] - x[v])) < 1e-9);
    }
}
