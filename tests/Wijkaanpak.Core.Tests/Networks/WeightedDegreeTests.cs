using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class WeightedDegreeTests
{
    [Fact]
    public void The_karate_club_has_the_published_degrees()
    {
        var degrees = WeightedDegree.Compute(KarateClub.Graph());

        Assert.Equal(78, KarateClub.TieCount);
        Assert.Equal(16, degrees.Total[KarateClub.Vertex(1)]);
        Assert.Equal(17, degrees.Total[KarateClub.Vertex(34)]);
        Assert.Equal(12, degrees.Total[KarateClub.Vertex(33)]);
        Assert.Equal(1, degrees.Total[KarateClub.Vertex(12)]);
        Assert.Equal(2 * 78, degrees.Total.Sum());
    }

    [Fact]
    public void A_directed_graph_sums_weights_in_out_and_in_total()
    {
        var graph = CompactGraph.FromEdges(3, [0, 0, 1], [1, 2, 2], [2.0, 0.5, 1.0]);

        var degrees = WeightedDegree.Compute(graph);

        Assert.Equal([0, 2, 1.5], degrees.In);
        Assert.Equal([2.5, 1, 0], degrees.Out);
        Assert.Equal([2.5, 3, 1.5], degrees.Total);
    }

    [Fact]
    public void An_undirected_self_loop_counts_twice_like_networkx()
    {
        var graph = CompactGraph.FromEdges(2, [0, 0], [0, 1]).ToUndirected();

        Assert.Equal([3, 1], WeightedDegree.Compute(graph).Total);
    }
}
