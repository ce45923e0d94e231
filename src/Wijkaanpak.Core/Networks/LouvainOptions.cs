namespace Wijkaanpak.Core.Networks;

/// <summary>Settings for <see cref="Louvain"/>.</summary>
public sealed record LouvainOptions
{
    /// <summary>Seed of the order in which vertices are visited; the same seed gives the same communities.</summary>
    public int Seed { get; init; }

    /// <summary>Resolution γ of the modularity: above 1 favours smaller communities, below 1 larger ones; 1 by default.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>Use edge weights (true, the default) or count every tie as 1.</summary>
    public bool UseWeights { get; init; } = true;
}
