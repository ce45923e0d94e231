using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Tests.Graphs;

public class StronglyConnectedComponentsTests
{
    [Fact]
    public void Two_cycles_joined_by_an_edge_are_two_components_in_topological_order()
    {
        var graph = CompactGraph.FromEdges(6, [3, 4, 5, 0, 1, 2, 5], [4, 5, 3, 1, 2, 0, 0]);

        var scc = StronglyConnectedComponents.Compute(graph);

        Assert.Equal(2, scc.ComponentCount);
        Assert.Equal([3, 4, 5], scc.Partition.Members(0).ToArray());
        Assert.Equal([0, 1, 2], scc.Partition.Members(1).ToArray());
        Assert.Equal([3, 4, 5], scc.Cycle(0).ToArray());
        Assert.Equal([0, 1, 2], scc.Cycle(1).ToArray());
    }

    [Fact]
    public void Vertices_lie_in_one_component_exactly_when_they_reach_each_other()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var scc = StronglyConnectedComponents.Compute(c.ToGraph());
            var reach = c.NaiveReachability();
            return Enumerable.Range(0, c.VertexCount).All(u => Enumerable.Range(0, c.VertexCount).All(v =>
                scc.Partition.AreInSameComponent(u, v) == (reach[u, v] && reach[v, u])));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_edge_between_components_runs_from_a_lower_to_a_higher_number()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var scc = StronglyConnectedComponents.Compute(c.ToGraph());
            return c.Sources.Zip(c.Targets).All(e => scc.ComponentOf(e.First) <= scc.ComponentOf(e.Second));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_component_with_a_cycle_gets_a_real_cycle_of_its_own_vertices()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var graph = c.ToGraph();
            var scc = StronglyConnectedComponents.Compute(graph);
            return Enumerable.Range(0, scc.ComponentCount).All(k =>
            {
                var cyclic = scc.Partition.SizeOf(k) > 1 || graph.ContainsEdge(scc.Partition.Members(k)[0], scc.Partition.Members(k)[0]);
                var cycle = scc.Cycle(k).ToArray();
                return cyclic
                    ? GraphCase.IsRealCycle(graph, cycle) && cycle.All(v => scc.ComponentOf(v) == k) && scc.CyclicComponents.Contains(k)
                    : cycle.Length == 0 && !scc.IsCyclic(k);
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_self_loop_is_a_one_vertex_cycle()
    {
        var graph = CompactGraph.FromEdges(2, [0, 1], [1, 1]);

        var scc = StronglyConnectedComponents.Compute(graph);

        Assert.False(scc.IsAcyclic);
        Assert.Equal([1], scc.Cycle(scc.ComponentOf(1)).ToArray());
        Assert.False(scc.IsCyclic(scc.ComponentOf(0)));
    }

    [Fact]
    public void Adding_a_back_edge_to_a_dag_yields_a_cycle_through_that_edge()
    {
        Prop.ForAll(GraphCase.Acyclic(), c =>
        {
            var dag = c.ToGraph();
            var order = TopologicalOrder.Compute(dag).Order.ToArray();
            var ancestor = order.FirstOrDefault(v => dag.OutDegree(v) > 0, -1);
            if (ancestor < 0)
            {
                return StronglyConnectedComponents.Compute(dag).IsAcyclic;
            }

            var reached = Reachability.Forward(dag, [ancestor]);
            var descendant = order.Last(reached.Contains);
            var withBackEdge = CompactGraph.FromEdges(c.VertexCount, [.. c.Sources, descendant], [.. c.Targets, ancestor]);
            var scc = StronglyConnectedComponents.Compute(withBackEdge);
            var cycle = scc.Cycle(scc.ComponentOf(ancestor)).ToArray();
            return scc.CyclicComponents.Length == 1 && GraphCase.IsRealCycle(withBackEdge, cycle)
                && cycle.Contains(ancestor) && cycle.Contains(descendant);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_chain_of_a_million_vertices_does_not_overflow_the_stack()
    {
        var chain = GraphCase.Chain(1_000_000);

        var scc = StronglyConnectedComponents.Compute(chain);

        Assert.Equal(1_000_000, scc.ComponentCount);
        Assert.True(scc.IsAcyclic);
        Assert.Equal(999_999, scc.ComponentOf(999_999));
    }

    [Fact]
    public void A_cycle_of_a_million_vertices_is_one_component_with_the_whole_cycle()
    {
        var sources = Enumerable.Range(0, 1_000_000).ToArray();
        var targets = sources.Select(v => (v + 1) % 1_000_000).ToArray();

        var scc = StronglyConnectedComponents.Compute(CompactGraph.FromEdges(1_000_000, sources, targets));

        Assert.Equal(1, scc.ComponentCount);
        Assert.Equal(1_000_000, scc.Cycle(0).Length);
    }
}
