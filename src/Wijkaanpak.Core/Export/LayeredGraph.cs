namespace Wijkaanpak.Core.Export;

/// <summary>
/// The input of <see cref="LayeredLayout"/>: vertices with a rank (the row band they belong to,
/// e.g. interventions below outputs below goals), a width and a height, and the edges, which
/// should point from a lower to a higher rank. A vertex may instead be attached to a host: it is
/// then drawn beside that host on the host's row and its edges are drawn straight.
/// </summary>
/// <param name="MinimumRank">Per vertex, its rank; ranks grow upwards. Edges between vertices of one rank put the target on a row above the source within that rank.</param>
/// <param name="Widths">Per vertex, the width of its box in pixels.</param>
/// <param name="Edges">The edges; self-loops are kept but not routed.</param>
internal sealed record LayeredGraph(int[] MinimumRank, double[] Widths, LayoutEdge[] Edges)
{
    /// <summary>Number of vertices.</summary>
    public int VertexCount => MinimumRank.Length;

    /// <summary>Per vertex, the height of its box; the settings' node height for every vertex when absent.</summary>
    public double[]? Heights { get; init; }

    /// <summary>Per vertex, the vertex it is drawn beside, or -1; none is attached when absent. A host must not itself be attached.</summary>
    public int[]? Hosts { get; init; }
}
