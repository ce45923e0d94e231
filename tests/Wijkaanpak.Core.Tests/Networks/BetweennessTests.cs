using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class BetweennessTests
{
    private static CompactGraph WeightedToy() =>
        CompactGraph.FromEdges(6, [0, 1, 0, 2, 3, 2, 4], [1, 2, 2, 3, 4, 4, 5], [1.0, 1, 3, 1, 2, 2, 1]).ToUndirected();

    [Fact]
    public void The_karate_club_matches_networkx()
    {
        var result = Betweenness.Exact(KarateClub.Graph());

        Assert.True(result.IsExact);
        Assert.Equal(0, result.ErrorBound);
        Assert.Equal(0.4376352813852815, result.Scores[KarateClub.Vertex(1)], 1e-12);
        Assert.Equal(0.30407497594997596, result.Scores[KarateClub.Vertex(34)], 1e-12);
        Assert.Equal(0.14524711399711404, result.Scores[KarateClub.Vertex(33)], 1e-12);
        Assert.Equal(0, result.Scores[KarateClub.Vertex(12)]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Counting_hops_gives_what_the_weighted_search_gives_with_all_weights_one(bool undirected)
    {
        // Random directed edges with parallel edges and self loops: the breadth-first search and
        // Dijkstra's search with unit weights are two implementations of the same definition.
        var random = new Random(5);
        var n = 300;
        var sources = Enumerable.Range(0, 1_500).Select(_ => random.Next(n)).ToArray();
        var targets = sources.Select(s => random.Next(3) == 0 ? s : random.Next(n)).ToArray();
        var graph = CompactGraph.FromEdges(n, sources, targets, [.. sources.Select(_ => 1.0)]);
        if (undirected)
        {
            graph = graph.ToUndirected(EdgeWeightMerge.Max);
        }

        var hops = Betweenness.Exact(graph, new BetweennessOptions { UseWeights = false }).Scores;
        var weighted = Betweenness.Exact(graph, new BetweennessOptions { UseWeights = true }).Scores;

        Assert.All(Enumerable.Range(0, n), v => Assert.Equal(weighted[v], hops[v], 1e-12));
    }

    [Fact]
    public void A_directed_graph_counts_directed_paths_like_networkx()
    {
        var graph = CompactGraph.FromEdges(6, [0, 1, 2, 2, 4], [1, 2, 0, 3, 3]);

        var scores = Betweenness.Exact(graph).Scores;

        Assert.Equal([0.05, 0.1, 0.15, 0, 0, 0], scores.Select(s => Math.Round(s, 12)));
    }

    [Fact]
    public void Weighted_paths_follow_the_lightest_route_like_networkx()
    {
        var weighted = Betweenness.Exact(WeightedToy(), new BetweennessOptions { UseWeights = true }).Scores;
        var hops = Betweenness.Exact(WeightedToy()).Scores;

        Assert.Equal([0, 0.4, 0.6, 0, 0.4, 0], weighted.Select(s => Math.Round(s, 12)));
        Assert.Equal([0, 0, 0.6, 0, 0.4, 0], hops.Select(s => Math.Round(s, 12)));
    }

    [Fact]
    public void Without_normalization_an_undirected_pair_counts_once()
    {
        var scores = Betweenness.Exact(WeightedToy(), new BetweennessOptions { UseWeights = true, Normalized = false }).Scores;

        Assert.Equal([0, 4, 6, 0, 4, 0], scores.Select(s => Math.Round(s, 12)));
    }

    [Fact]
    public void Weighted_betweenness_refuses_a_zero_weight()
    {
        var graph = CompactGraph.FromEdges(2, [0], [1], [0.0]);

        Assert.Throws<ArgumentException>(() => Betweenness.Exact(graph, new BetweennessOptions { UseWeights = true }));
    }

    [Fact]
    public void A_sampled_estimate_stays_within_its_stated_bound_of_the_exact_scores()
    {
        var graph = KarateClub.Graph();
        var exact = Betweenness.Exact(graph).Scores;

        foreach (var seed in Enumerable.Range(0, 20))
        {
            var estimate = Betweenness.Approximate(graph, pivots: 12, seed);

            Assert.False(estimate.IsExact);
            Assert.Equal(0.95, estimate.Confidence);
            Assert.All(Enumerable.Range(0, 34), v => Assert.InRange(Math.Abs(estimate.Scores[v] - exact[v]), 0, estimate.ErrorBound));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_estimate_and_another_seed_another()
    {
        var graph = KarateClub.Graph();

        Assert.Equal(Betweenness.Approximate(graph, 8, seed: 3), Betweenness.Approximate(graph, 8, seed: 3));
        Assert.NotEqual(Betweenness.Approximate(graph, 8, seed: 3).Scores, Betweenness.Approximate(graph, 8, seed: 4).Scores);
    }

    [Fact]
    public void The_estimate_averages_out_to_the_exact_value()
    {
        var graph = KarateClub.Graph();
        var exact = Betweenness.Exact(graph).Scores[KarateClub.Vertex(1)];

        var mean = Enumerable.Range(0, 400).Average(seed => Betweenness.Approximate(graph, 10, seed).Scores[KarateClub.Vertex(1)]);

        Assert.Equal(exact, mean, 0.02);
    }

    [Fact]
    public void As_many_pivots_as_vertices_is_the_exact_computation()
    {
        var graph = KarateClub.Graph();

        Assert.Equal(Betweenness.Exact(graph), Betweenness.Approximate(graph, 34, seed: 1));
        Assert.Throws<ArgumentException>(() => Betweenness.Approximate(graph, 0, seed: 1));
    }
}
