using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Tests.Graphs;

public class WeaklyConnectedComponentsTests
{
    [Fact]
    public void Components_ignore_direction_and_are_numbered_by_their_smallest_vertex()
    {
        var graph = CompactGraph.FromEdges(6, [4, 2, 5], [0, 0, 3]);

        var partition = WeaklyConnectedComponents.Compute(graph);

        Assert.Equal(3, partition.ComponentCount);
        Assert.Equal([0, 2, 4], partition.Members(0).ToArray());
        Assert.Equal([1], partition.Members(1).ToArray());
        Assert.Equal([3, 5], partition.Members(2).ToArray());
        Assert.Equal(2, partition.SizeOf(2));
    }

    [Fact]
    public void Vertices_share_a_component_exactly_when_joined_by_an_undirected_path()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var partition = WeaklyConnectedComponents.Compute(c.ToGraph());
            var symmetric = new GraphCase(c.VertexCount, [.. c.Sources, .. c.Targets], [.. c.Targets, .. c.Sources]);
            var reach = symmetric.NaiveReachability();
            return Enumerable.Range(0, c.VertexCount).All(u => Enumerable.Range(0, c.VertexCount).All(v =>
                partition.AreInSameComponent(u, v) == reach[u, v]));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Asking_for_a_component_that_does_not_exist_throws_an_argument_exception()
    {
        var partition = WeaklyConnectedComponents.Compute(CompactGraph.FromEdges(1, [], []));

        Assert.Throws<ArgumentOutOfRangeException>(() => partition.Members(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => partition.ComponentOf(1));
    }

    [Fact]
    public void A_chain_of_a_million_vertices_is_one_component()
    {
        Assert.Equal(1, WeaklyConnectedComponents.Compute(GraphCase.Chain(1_000_000)).ComponentCount);
    }
}
