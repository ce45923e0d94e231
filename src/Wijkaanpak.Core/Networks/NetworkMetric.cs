using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Networks;

/// <summary>The network metrics a stakeholder ranking can be made for (*netwerkmaten*).</summary>
public enum NetworkMetric
{
    /// <summary>Weighted degree: the summed weight of all relations in and out (*gewogen graad*).</summary>
    [LocalizedName("gewogen graad", "weighted degree")]
    Degree,

    /// <summary>PageRank: influence through the network (*invloed via het netwerk*).</summary>
    [LocalizedName("invloed (PageRank)", "PageRank")]
    PageRank,

    /// <summary>Betweenness: how often a party lies on shortest paths between others (*tussenpositie*).</summary>
    [LocalizedName("tussenpositie", "betweenness")]
    Betweenness,

    /// <summary>Harmonic closeness: how near a party is to all others (*nabijheid*).</summary>
    [LocalizedName("nabijheid", "closeness")]
    Closeness,

    /// <summary>Core number: the largest k such that the party is in the k-core (*kern*).</summary>
    [LocalizedName("kern (k-core)", "core number")]
    KCore,

    /// <summary>Brokers: articulation points, valued by the number of bridges they hold (*makelaars*, *scharnierpunten*).</summary>
    [LocalizedName("makelaars", "brokers")]
    Brokers,

    /// <summary>Communities found by the Louvain method (*gemeenschappen*); the value is the community number.</summary>
    [LocalizedName("gemeenschappen", "communities")]
    Communities,
}
