namespace Wijkaanpak.Core.Networks;

/// <summary>Settings for <see cref="PageRank"/>; the defaults match NetworkX and igraph.</summary>
public sealed record PageRankOptions
{
    /// <summary>Probability of following an edge rather than jumping to a random vertex; 0.85 by default, between 0 and 1.</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>Stop when the L1 distance between two successive score vectors is below this; 1e-6 by default.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>Stop after this many iterations even when not converged; 100 by default.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Follow edges in proportion to their weight (true, the default) or all alike.</summary>
    public bool UseWeights { get; init; } = true;
}
