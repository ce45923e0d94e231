using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.MaximumFlow;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Samples;

namespace Wijkaanpak.Core.Tests.QuikGraph;

public sealed class StakeholderRelationGraphTests
{
    private static readonly Lazy<WijkaanpakModel> Overvecht =
        new(() => ModelJson.ReadFile(SampleFiles.PathOf("samen-voor-overvecht.json")));

    private static StakeholderId Id(string id) => new(id);

    [Fact]
    public void Every_relation_is_a_typed_weighted_edge_between_stakeholder_ids()
    {
        var model = Overvecht.Value;
        var graph = StakeholderRelationGraph.Of(model);

        Assert.Equal(model.Stakeholders.Select(s => s.Id), graph.Vertices);
        Assert.Equal(model.Relations.Count, graph.EdgeCount);
        Assert.All(graph.Edges, e => Assert.Equal(
            (model.Relations[e.Index].From, model.Relations[e.Index].To, model.Relations[e.Index].Kind, model.Relations[e.Index].Weight),
            (e.Source, e.Target, e.Kind, e.Weight)));
        Assert.Equal(
            ["bzk funding 3", "ondernemers conflict 1", "provincie funding 2"],
            graph.InEdges(Id("gemeente")).Select(e => FormattableString.Invariant($"{e.Source} {e.Kind.ToString().ToLowerInvariant()} {e.Weight}")).Order(StringComparer.Ordinal));
        Assert.Equal(graph.Network.Graph.VertexCount, graph.VertexCount);
        Assert.Throws<VertexNotFoundException>(() => graph.OutEdges(Id("niemand")));
    }

    [Fact]
    public void QuikGraph_maximum_flow_of_funding_runs_on_a_copy_of_the_funding_relations()
    {
        var graph = StakeholderRelationGraph.Of(Overvecht.Value);
        var funding = graph.Edges
            .Where(e => e.Kind == RelationKind.Funding)
            .Select(e => new TaggedEdge<StakeholderId, double>(e.Source, e.Target, e.Weight))
            .ToBidirectionalGraph<StakeholderId, TaggedEdge<StakeholderId, double>>();
        EdgeFactory<StakeholderId, TaggedEdge<StakeholderId, double>> factory = (s, t) => new TaggedEdge<StakeholderId, double>(s, t, 0);
        var reversed = new ReversedEdgeAugmentorAlgorithm<StakeholderId, TaggedEdge<StakeholderId, double>>(funding, factory);
        reversed.AddReversedEdges();

        // bzk funds the municipality with 3, which passes 2 on to the buurtteams.
        var flow = funding.MaximumFlow(e => e.Tag, Id("bzk"), Id("buurtteams"), out _, factory, reversed);

        Assert.Equal(2.0, flow);
    }

    [Fact]
    public void The_undirected_view_runs_QuikGraphs_connected_components()
    {
        var graph = StakeholderRelationGraph.Of(Overvecht.Value);
        var undirected = graph.AsUndirected();
        var components = new Dictionary<StakeholderId, int>();

        var count = undirected.ConnectedComponents(components);

        Assert.Equal(graph.EdgeCount, undirected.EdgeCount);
        Assert.Equal(Wijkaanpak.Core.Graphs.WeaklyConnectedComponents.Compute(graph.Graph).ComponentCount, count);
        Assert.Equal(components[Id("bzk")], components[Id("buurtteams")]);
    }
}
