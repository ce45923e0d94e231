namespace Wijkaanpak.Core.Export;

/// <summary>Canvas, effort and seed of <see cref="ForceLayout"/>.</summary>
internal sealed record ForceLayoutSettings
{
    /// <summary>Width of the canvas in pixels.</summary>
    public double Width { get; init; } = 720;

    /// <summary>Height of the canvas in pixels.</summary>
    public double Height { get; init; } = 480;

    /// <summary>Border that vertex centres keep from the canvas edge (room for labels).</summary>
    public double Margin { get; init; } = 40;

    /// <summary>Number of iterations; the temperature cools linearly to zero over them.</summary>
    public int Iterations { get; init; } = 300;

    /// <summary>Seed of the starting positions: the same seed gives the same drawing.</summary>
    public ulong Seed { get; init; } = 0x5EED_2024UL;
}
