namespace Wijkaanpak.Core.Export;

/// <summary>
/// The input of <see cref="LayeredLayout"/>: vertices with a minimum rank (the lowest layer they
/// may sit on, e.g. interventions below outputs below goals) and a width, and the edges, which
/// should point from a lower to a higher rank.
/// </summary>
/// <param name="MinimumRank">Per vertex, the lowest rank it may get; ranks grow upwards.</param>
/// <param name="Widths">Per vertex, the width of its box in pixels.</param>
/// <param name="Edges">The edges; self-loops are kept but not routed.</param>
internal sealed record LayeredGraph(int[] MinimumRank, double[] Widths, LayoutEdge[] Edges)
{
    /// <summary>Number of vertices.</summary>
    public int VertexCount => MinimumRank.Length;
}
