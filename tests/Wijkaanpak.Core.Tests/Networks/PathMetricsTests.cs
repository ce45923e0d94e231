using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class PathMetricsTests
{
    [Fact]
    public void Harmonic_closeness_on_a_path_matches_networkx()
    {
        var path = CompactGraph.FromEdges(5, [0, 1, 2, 3], [1, 2, 3, 4]).ToUndirected();

        var scores = HarmonicCloseness.Compute(path);

        double[] networkx = [2.083333333333333, 2.8333333333333335, 3.0, 2.833333333333333, 2.083333333333333];
        Assert.All(Enumerable.Range(0, 5), v => Assert.Equal(networkx[v], scores[v], 1e-12));
    }

    [Fact]
    public void Harmonic_closeness_counts_distances_towards_each_vertex_in_a_directed_graph()
    {
        var graph = CompactGraph.FromEdges(5, [0, 1, 2, 2, 4], [1, 2, 0, 3, 3]);

        var scores = HarmonicCloseness.Compute(graph);

        double[] networkx = [1.5, 1.5, 1.5, 2.833333333333333, 0];
        Assert.All(Enumerable.Range(0, 5), v => Assert.Equal(networkx[v], scores[v], 1e-12));
    }

    [Fact]
    public void Harmonic_closeness_of_the_karate_club_matches_networkx()
    {
        var scores = HarmonicCloseness.Compute(KarateClub.Graph());

        Assert.Equal(23.16666666666666, scores[KarateClub.Vertex(1)], 1e-12);
        Assert.Equal(23.25, scores[KarateClub.Vertex(34)], 1e-12);
    }

    [Fact]
    public void Breadth_first_paths_count_steps_and_give_a_shortest_route()
    {
        var graph = CompactGraph.FromEdges(5, [0, 0, 1, 2, 3], [1, 2, 3, 3, 4]);

        var tree = ShortestPaths.From(graph, 0);

        Assert.Equal([0, 1, 1, 2, 3], tree.Distances);
        Assert.Equal([0, 1, 3, 4], tree.PathTo(4));
        Assert.Empty(ShortestPaths.From(graph, 4).PathTo(0));
    }

    [Fact]
    public void Dijkstra_paths_follow_the_lightest_route()
    {
        var graph = CompactGraph.FromEdges(4, [0, 0, 1, 2], [1, 2, 3, 3], [1.0, 5.0, 10.0, 1.0]);

        var tree = ShortestPaths.From(graph, 0, useWeights: true);

        Assert.Equal(6, tree.Distances[3]);
        Assert.Equal([0, 2, 3], tree.PathTo(3));
        Assert.False(tree.CanReach(9));
    }

    [Fact]
    public void A_shortest_path_source_outside_the_graph_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ShortestPaths.From(KarateClub.Graph(), 34));
    }

    [Fact]
    public void An_ego_network_holds_the_vertices_within_the_radius_and_the_ties_among_them()
    {
        var graph = CompactGraph.FromEdges(6, [0, 1, 2, 3, 1], [1, 2, 3, 4, 5], [1.0, 2.0, 3.0, 4.0, 5.0]);

        var ego = EgoNetwork.Compute(graph, center: 1, radius: 1);

        Assert.Equal([1, 2, 5], ego.Vertices);
        Assert.Equal([0, 1, 1], ego.Distances);
        Assert.Equal([new Edge(0, 1, 0, 2.0), new Edge(0, 2, 1, 5.0)], ego.Graph.Edges.ToArray());
    }

    [Fact]
    public void An_ego_network_can_ignore_direction()
    {
        var graph = CompactGraph.FromEdges(4, [0, 1, 2], [1, 2, 3]);

        var ego = EgoNetwork.Compute(graph, center: 2, radius: 2, ignoreDirection: true);

        Assert.Equal([0, 1, 2, 3], ego.Vertices);
        Assert.Equal(3, ego.Graph.EdgeCount);
    }

    [Fact]
    public void The_karate_ego_network_of_the_administrator_is_his_seventeen_friends_and_him()
    {
        var ego = EgoNetwork.Compute(KarateClub.Graph(), KarateClub.Vertex(34), radius: 1);

        Assert.Equal(18, ego.Vertices.Count);
        Assert.True(ego.Graph.IsUndirected);
    }
}
