using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Weighted degree (*gewogen graad*) of every stakeholder: the summed weight of its relations,
/// incoming, outgoing and in total. In an unweighted graph this is the number of relations.
/// </summary>
/// <param name="In">Summed weight of edges entering each vertex.</param>
/// <param name="Out">Summed weight of edges leaving each vertex.</param>
/// <param name="Total">
/// For a directed graph <c>In + Out</c>. For an undirected view (<c>CompactGraph.IsUndirected</c>)
/// the weight of the incident edges, a self loop counted twice — as NetworkX's <c>degree</c>.
/// </param>
public sealed record WeightedDegrees(EquatableArray<double> In, EquatableArray<double> Out, EquatableArray<double> Total);
