using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class KCoreTests
{
    [Fact]
    public void A_clique_with_a_tail_has_the_clique_in_the_three_core_and_the_tail_in_the_one_core()
    {
        // Clique 0-1-2-3, tail 3-4-5, isolated 6.
        var graph = CompactGraph.FromEdges(7, [0, 0, 0, 1, 1, 2, 3, 4], [1, 2, 3, 2, 3, 3, 4, 5]);

        var cores = KCore.Compute(graph);

        Assert.Equal([3, 3, 3, 3, 1, 1, 0], cores.Core);
        Assert.Equal(3, cores.Degeneracy);
        Assert.Equal([0, 1, 2, 3], cores.KCore(2));
    }

    [Fact]
    public void The_karate_club_has_the_core_numbers_networkx_reports()
    {
        int[] networkx = [4, 4, 4, 4, 3, 3, 3, 4, 4, 2, 3, 1, 2, 4, 2, 2, 2, 2, 2, 3, 2, 2, 2, 3, 3, 3, 2, 3, 3, 3, 4, 3, 4, 4];

        Assert.Equal(networkx, KCore.Compute(KarateClub.Graph()).Core);
    }

    [Fact]
    public void Directions_parallel_ties_and_self_loops_do_not_raise_the_core()
    {
        var graph = CompactGraph.FromEdges(3, [0, 1, 1, 1, 2], [1, 0, 0, 1, 2]);

        Assert.Equal([1, 1, 0], KCore.Compute(graph).Core);
    }
}
