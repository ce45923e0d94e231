using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>Which view of the stakeholder graph to build (*weergave van het actorennetwerk*).</summary>
public sealed record StakeholderGraphOptions
{
    /// <summary>The default view: every relation kind, directed, weighted.</summary>
    public static StakeholderGraphOptions Default { get; } = new();

    /// <summary>The relation kinds to keep; empty keeps every kind.</summary>
    public EquatableArray<RelationKind> Kinds { get; init; }

    /// <summary>
    /// True for the undirected view: one edge per pair of stakeholders joined by any kept relation,
    /// weights of the joined relations combined by <see cref="WeightMerge"/>.
    /// </summary>
    public bool Undirected { get; init; }

    /// <summary>False to ignore relation weights (every edge counts 1).</summary>
    public bool Weighted { get; init; } = true;

    /// <summary>How the undirected view combines the weights of relations that join one pair; the sum by default.</summary>
    public EdgeWeightMerge WeightMerge { get; init; } = EdgeWeightMerge.Sum;

    internal bool Keeps(RelationKind kind) => Kinds.IsEmpty || Kinds.Contains(kind);
}
