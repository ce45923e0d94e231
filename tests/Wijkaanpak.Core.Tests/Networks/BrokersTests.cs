using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class BrokersTests
{
    [Fact]
    public void Two_triangles_joined_by_a_path_have_the_path_as_bridges_and_its_ends_as_articulation_points()
    {
        // Triangle 0-1-2, path 2-3-4, triangle 4-5-6.
        var graph = CompactGraph.FromEdges(7, [0, 1, 2, 2, 3, 4, 5, 6], [1, 2, 0, 3, 4, 5, 6, 4]);

        var brokers = Brokers.Compute(graph);

        Assert.Equal([2, 3, 4], brokers.ArticulationPoints);
        Assert.Equal([new UndirectedEdge(2, 3), new UndirectedEdge(3, 4)], brokers.Bridges);
    }

    [Fact]
    public void A_star_has_its_centre_as_the_only_articulation_point_and_every_spoke_as_a_bridge()
    {
        var graph = CompactGraph.FromEdges(4, [1, 0, 3], [0, 2, 0]);

        var brokers = Brokers.Compute(graph);

        Assert.Equal([0], brokers.ArticulationPoints);
        Assert.Equal([new UndirectedEdge(0, 1), new UndirectedEdge(0, 2), new UndirectedEdge(0, 3)], brokers.Bridges);
    }

    [Fact]
    public void A_cycle_has_no_brokers()
    {
        var brokers = Brokers.Compute(CompactGraph.FromEdges(4, [0, 1, 2, 3], [1, 2, 3, 0]));

        Assert.Empty(brokers.ArticulationPoints);
        Assert.Empty(brokers.Bridges);
    }

    [Fact]
    public void In_the_karate_club_the_instructor_is_the_only_articulation_point_like_networkx()
    {
        var brokers = Brokers.Compute(KarateClub.Graph());

        Assert.Equal([KarateClub.Vertex(1)], brokers.ArticulationPoints);
        Assert.Equal([new UndirectedEdge(KarateClub.Vertex(1), KarateClub.Vertex(12))], brokers.Bridges);
    }

    [Fact]
    public void Removing_an_articulation_point_disconnects_its_component()
    {
        var graph = CompactGraph.FromEdges(7, [0, 1, 2, 2, 3, 4, 5, 6], [1, 2, 0, 3, 4, 5, 6, 4]);

        foreach (var v in Brokers.Compute(graph).ArticulationPoints)
        {
            var edges = graph.Edges.Where(e => e.Source != v && e.Target != v).ToArray();
            var without = CompactGraph.FromEdges(7, [.. edges.Select(e => e.Source)], [.. edges.Select(e => e.Target)]);
            Assert.Equal(3, WeaklyConnectedComponents.Compute(without).ComponentCount);
        }
    }

    [Fact]
    public void A_path_of_a_million_vertices_does_not_overflow_the_stack()
    {
        var n = 1_000_000;
        var graph = CompactGraph.FromEdges(n, [.. Enumerable.Range(0, n - 1)], [.. Enumerable.Range(1, n - 1)]);

        var brokers = Brokers.Compute(graph);

        Assert.Equal(n - 2, brokers.ArticulationPoints.Count);
        Assert.Equal(n - 1, brokers.Bridges.Count);
    }
}
