namespace Wijkaanpak.Core.Networks;

/// <summary>The network metrics a stakeholder ranking can be made for (*netwerkmaten*).</summary>
public enum NetworkMetric
{
    /// <summary>Weighted degree: the summed weight of all relations in and out (*gewogen graad*).</summary>
    Degree,

    /// <summary>PageRank: influence through the network (*invloed via het netwerk*).</summary>
    PageRank,

    /// <summary>Betweenness: how often a party lies on shortest paths between others (*tussenpositie*).</summary>
    Betweenness,

    /// <summary>Harmonic closeness: how near a party is to all others (*nabijheid*).</summary>
    Closeness,

    /// <summary>Core number: the largest k such that the party is in the k-core (*kern*).</summary>
    KCore,

    /// <summary>Brokers: articulation points, valued by the number of bridges they hold (*makelaars*, *scharnierpunten*).</summary>
    Brokers,

    /// <summary>Communities found by the Louvain method (*gemeenschappen*); the value is the community number.</summary>
    Communities,
}
