using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Communities (*gemeenschappen, clusters*) of a stakeholder network: groups with many ties
/// inside and few between, found by maximizing modularity.
/// </summary>
/// <param name="CommunityOf">The community of each vertex; communities are numbered in ascending order of their smallest vertex.</param>
/// <param name="CommunityCount">Number of communities.</param>
/// <param name="Modularity">Modularity of the partition on the undirected view (NetworkX's <c>modularity</c> at the same resolution).</param>
/// <param name="Levels">Aggregation levels the Louvain method went through.</param>
public sealed record CommunityPartition(EquatableArray<int> CommunityOf, int CommunityCount, double Modularity, int Levels)
{
    /// <summary>The vertices of <paramref name="community"/>, ascending; empty for a number that is not a community.</summary>
    /// <param name="community">A community number.</param>
    /// <returns>A new array.</returns>
    public int[] Members(int community) => [.. Enumerable.Range(0, CommunityOf.Count).Where(v => CommunityOf[v] == community)];
}
