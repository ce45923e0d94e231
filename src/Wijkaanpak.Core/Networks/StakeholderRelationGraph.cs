using QuikGraph;
using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The stakeholder graph (*actorennetwerk*) of a model with every relation as a typed, weighted
/// edge between stakeholder ids (<see cref="StakeholderRelationEdge"/>): a QuikGraph
/// bidirectional graph, so that any QuikGraph algorithm (shortest paths, maximum flow of funding,
/// components) runs on a model's network without a copy. <see cref="Network"/> is the same graph
/// for the network metrics of this library.
/// </summary>
/// <remarks>
/// One vertex per stakeholder in model order (a repeated id counts once), one edge per relation in
/// model order, all kinds, directed as written; <see cref="BidirectionalGraphView{TVertex, TEdge}.AsUndirected"/>
/// reads them without direction. Unknown stakeholder ids throw QuikGraph's
/// <see cref="VertexNotFoundException"/>. Immutable and safe to share across threads.
/// </remarks>
public sealed class StakeholderRelationGraph : BidirectionalGraphView<StakeholderId, StakeholderRelationEdge>
{
    private readonly EquatableArray<StakeholderRelation> _relations;
    private readonly int[] _relationOf;
    private readonly int[] _edgeOfRelation;

    private StakeholderRelationGraph(StakeholderGraph network, EquatableArray<StakeholderRelation> relations, int[] relationOf, int[] edgeOfRelation)
        : base(network.Graph)
    {
        Network = network;
        _relations = relations;
        _relationOf = relationOf;
        _edgeOfRelation = edgeOfRelation;
    }

    /// <summary>The same graph as the network metrics see it: directed, weighted, every relation kind.</summary>
    public StakeholderGraph Network { get; }

    /// <summary>Builds the relation graph of a model.</summary>
    /// <param name="model">The model; its relations must refer to its stakeholders.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException">A relation refers to a stakeholder the model does not have, or has a weight that is not a finite number; the message names the relation.</exception>
    public static StakeholderRelationGraph Of(WijkaanpakModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var network = StakeholderGraph.Build(model, StakeholderGraphOptions.Default);
        var graph = network.Graph;

        // Every relation is an edge; the compact graph numbers them by source vertex, then model
        // order (docs/graphs.md), so the k-th relation of source v is edge firstEdge[v] + k.
        var cursor = new int[graph.VertexCount];
        for (var v = 1; v < graph.VertexCount; v++)
        {
            cursor[v] = cursor[v - 1] + graph.OutDegree(v - 1);
        }

        var relations = model.Relations;
        var relationOf = new int[relations.Count];
        var edgeOfRelation = new int[relations.Count];
        for (var i = 0; i < relations.Count; i++)
        {
            network.TryGetVertex(relations[i].From, out var from);
            var edge = cursor[from]++;
            relationOf[edge] = i;
            edgeOfRelation[i] = edge;
        }

        return new StakeholderRelationGraph(network, relations, relationOf, edgeOfRelation);
    }

    internal override bool TryGetVertex(StakeholderId vertex, out int number) => Network.TryGetVertex(vertex, out number);

    internal override StakeholderId VertexAt(int number) => Network.IdOf(number);

    internal override StakeholderRelationEdge EdgeOf(Edge edge)
    {
        var i = _relationOf[edge.Index];
        var relation = _relations[i];
        return new StakeholderRelationEdge(relation.From, relation.To, relation.Kind, relation.Weight, i);
    }

    internal override bool TryGetEdgeNumber(StakeholderRelationEdge edge, out int number)
    {
        number = (uint)edge.Index < (uint)_edgeOfRelation.Length ? _edgeOfRelation[edge.Index] : -1;
        return number >= 0 && EdgeOf(Graph.EdgeAt(number)) == edge;
    }
}
