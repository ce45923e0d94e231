using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Tests.Graphs;

public class ReachabilityTests
{
    [Fact]
    public void Forward_and_backward_search_agree_with_brute_force_reachability()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var graph = c.ToGraph();
            var reach = c.NaiveReachability();
            return Enumerable.Range(0, c.VertexCount).All(s =>
            {
                var forward = Reachability.Forward(graph, [s]);
                var backward = Reachability.Backward(graph, [s]);
                return Enumerable.Range(0, c.VertexCount).All(v => forward.Contains(v) == reach[s, v] && backward.Contains(v) == reach[v, s]);
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Several_sources_reach_the_union_of_what_each_reaches()
    {
        var graph = CompactGraph.FromEdges(6, [0, 1, 3, 4], [1, 2, 4, 5]);

        var reached = Reachability.Forward(graph, [1, 4, 4]);

        Assert.Equal([1, 2, 4, 5], reached.ToArray());
        Assert.Equal(4, reached.Count);
        Assert.False(reached.Contains(6));
    }

    [Fact]
    public void A_source_outside_the_graph_is_refused()
    {
        var graph = CompactGraph.FromEdges(2, [0], [1]);

        Assert.Throws<ArgumentOutOfRangeException>(() => Reachability.Forward(graph, [2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Reachability.Backward(graph, [-1]));
    }

    [Fact]
    public void Backward_search_from_the_end_of_a_million_chain_reaches_every_vertex()
    {
        var reached = Reachability.Backward(GraphCase.Chain(1_000_000), [999_999]);

        Assert.Equal(1_000_000, reached.Count);
    }
}
