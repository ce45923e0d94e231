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
}
