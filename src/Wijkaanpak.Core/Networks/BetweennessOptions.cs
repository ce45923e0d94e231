namespace Wijkaanpak.Core.Networks;

/// <summary>Settings for <see cref="Betweenness"/>.</summary>
public sealed record BetweennessOptions
{
    /// <summary>
    /// Scale like NetworkX's <c>normalized=True</c> (the default): divide by <c>(n-1)(n-2)</c>, for
    /// directed graphs and undirected views alike. When false, an undirected view's scores are
    /// halved (each unordered pair counted once), as in NetworkX.
    /// </summary>
    public bool Normalized { get; init; } = true;

    /// <summary>
    /// Shortest paths by summed edge weight (Dijkstra; weights must be greater than zero) instead
    /// of by number of edges (breadth-first, the default).
    /// </summary>
    public bool UseWeights { get; init; }

    /// <summary>
    /// For the sampled approximation: the probability δ that some vertex misses the stated error
    /// bound; 0.05 by default, so the bound holds for all vertices at once with 95% confidence.
    /// </summary>
    public double FailureProbability { get; init; } = 0.05;
}
