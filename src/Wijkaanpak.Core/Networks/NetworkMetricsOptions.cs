namespace Wijkaanpak.Core.Networks;

/// <summary>Settings for <see cref="StakeholderMetrics"/>.</summary>
public sealed record NetworkMetricsOptions
{
    /// <summary>Betweenness is exact up to this many stakeholders and sampled above it; 5,000 by default.</summary>
    public int ExactBetweennessLimit { get; init; } = 5_000;

    /// <summary>Number of sampled source stakeholders (pivots) for sampled betweenness; 512 by default.</summary>
    public int Pivots { get; init; } = 512;

    /// <summary>Seed of the sampled betweenness and of the Louvain visiting order.</summary>
    public int Seed { get; init; } = 42;
}
