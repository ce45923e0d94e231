using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// How <see cref="CompactGraph.ToUndirected"/> combines the weights of edges that become one
/// undirected edge (both directions of a relation, or parallel relations between the same pair).
/// </summary>
public enum EdgeWeightMerge
{
    /// <summary>Add the weights: the total strength of all relations between the pair.</summary>
    [LocalizedName("optellen", "sum")]
    Sum,

    /// <summary>Keep the largest weight: the strongest relation between the pair.</summary>
    [LocalizedName("grootste", "largest")]
    Max,

    /// <summary>Keep the smallest weight: the weakest relation between the pair.</summary>
    [LocalizedName("kleinste", "smallest")]
    Min,
}
