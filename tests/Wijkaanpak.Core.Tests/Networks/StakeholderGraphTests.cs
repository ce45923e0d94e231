using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class StakeholderGraphTests
{
    private static WijkaanpakModel Triangle() => new ModelBuilder("Driehoek")
        .Stakeholder("gemeente", "Gemeente", StakeholderType.Gemeente)
        .Stakeholder("corporatie", "Corporatie", StakeholderType.Woningcorporatie)
        .Stakeholder("politie", "Politie", StakeholderType.Politie)
        .Relation("gemeente", "corporatie", RelationKind.Funding, 3)
        .Relation("corporatie", "gemeente", RelationKind.Collaboration, 2)
        .Relation("politie", "gemeente", RelationKind.Information)
        .Relation("politie", "corporatie", RelationKind.Conflict)
        .Build();

    [Fact]
    public void Vertices_are_the_stakeholders_in_model_order_with_their_types()
    {
        var graph = StakeholderGraph.Build(Triangle());

        Assert.Equal(3, graph.VertexCount);
        Assert.Equal(new StakeholderId("corporatie"), graph.IdOf(1));
        Assert.Equal(StakeholderType.Politie, graph.TypeOf(2));
        Assert.True(graph.TryGetVertex(new StakeholderId("politie"), out var politie));
        Assert.Equal(2, politie);
    }

    [Fact]
    public void The_directed_view_keeps_every_relation_with_its_direction_and_weight()
    {
        var graph = StakeholderGraph.Build(Triangle()).Graph;

        Assert.Equal(4, graph.EdgeCount);
        Assert.True(graph.ContainsEdge(0, 1));
        Assert.Equal(3, graph.OutEdges(0).Single().Weight);
    }

    [Fact]
    public void A_kind_filter_keeps_only_relations_of_those_kinds()
    {
        var options = new StakeholderGraphOptions { Kinds = [RelationKind.Collaboration, RelationKind.Funding] };

        var graph = StakeholderGraph.Build(Triangle(), options).Graph;

        Assert.Equal(2, graph.EdgeCount);
        Assert.Equal(0, graph.OutDegree(2));
    }

    [Fact]
    public void The_undirected_view_joins_relations_of_one_pair_and_sums_their_weights()
    {
        var graph = StakeholderGraph.Build(Triangle(), new StakeholderGraphOptions { Undirected = true }).Graph;

        Assert.True(graph.IsUndirected);
        Assert.Equal(6, graph.EdgeCount);
        Assert.Equal(5, graph.OutEdges(0).Single(e => e.Target == 1).Weight);
    }

    [Fact]
    public void The_unweighted_view_counts_every_relation_as_one()
    {
        var graph = StakeholderGraph.Build(Triangle(), new StakeholderGraphOptions { Weighted = false }).Graph;

        Assert.False(graph.IsWeighted);
        Assert.Equal(1, graph.OutEdges(0).Single().Weight);
    }

    [Fact]
    public void A_relation_to_an_unknown_stakeholder_is_refused_naming_the_relation_and_the_id()
    {
        var model = Triangle() with
        {
            Relations = [new StakeholderRelation { From = new StakeholderId("gemeente"), To = new StakeholderId("onbekend"), Kind = RelationKind.Funding }],
        };

        var error = Assert.Throws<ArgumentException>(() => StakeholderGraph.Build(model));

        Assert.Contains("Relation 0 refers to stakeholder 'onbekend'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generated_network_gives_the_same_graph_directly_as_through_its_model()
    {
        var network = StakeholderNetworkGenerator.Generate(300, 900, seed: 11);

        var direct = StakeholderGraph.Build(network).Graph;
        var viaModel = StakeholderGraph.Build(network.ToModel("N")).Graph;

        Assert.Equal(viaModel.Edges, direct.Edges);
    }
}
