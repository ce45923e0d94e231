using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Tests.Graphs;

public class TopologicalOrderTests
{
    [Fact]
    public void Every_edge_of_a_dag_runs_forward_in_the_order()
    {
        Prop.ForAll(GraphCase.Acyclic(), c =>
        {
            var result = TopologicalOrder.Compute(c.ToGraph());
            var position = new int[c.VertexCount];
            for (var i = 0; i < result.Order.Length; i++)
            {
                position[result.Order[i]] = i;
            }

            return result.IsAcyclic && result.Order.Length == c.VertexCount
                && c.Sources.Zip(c.Targets).All(e => position[e.First] < position[e.Second]);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_cyclic_graph_has_no_order_and_names_a_real_cycle()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var graph = c.ToGraph();
            var result = TopologicalOrder.Compute(graph);
            var acyclic = StronglyConnectedComponents.Compute(graph).IsAcyclic;
            return acyclic
                ? result.IsAcyclic && result.Cycle.IsEmpty && result.UnorderedCount == 0
                : !result.IsAcyclic && GraphCase.IsRealCycle(graph, result.Cycle) && result.UnorderedCount > 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_cycle_starts_at_its_smallest_vertex_and_vertices_before_it_stay_ordered()
    {
        var graph = CompactGraph.FromEdges(5, [0, 1, 2, 3, 4], [1, 2, 3, 4, 2]);

        var result = TopologicalOrder.Compute(graph);

        Assert.Equal([2, 3, 4], result.Cycle.ToArray());
        Assert.Equal([0, 1], result.Order.ToArray());
        Assert.Equal(3, result.UnorderedCount);
    }

    [Fact]
    public void Independent_vertices_come_in_ascending_order()
    {
        var result = TopologicalOrder.Compute(CompactGraph.FromEdges(4, [3], [0]));

        Assert.Equal([1, 2, 3, 0], result.Order.ToArray());
    }

    [Fact]
    public void A_chain_of_a_million_vertices_is_ordered_without_overflow()
    {
        var result = TopologicalOrder.Compute(GraphCase.Chain(1_000_000));

        Assert.True(result.IsAcyclic);
        Assert.Equal(999_999, result.Order[^1]);
    }
}
