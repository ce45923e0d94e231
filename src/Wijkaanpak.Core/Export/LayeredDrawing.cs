namespace Wijkaanpak.Core.Export;

/// <summary>The result of <see cref="LayeredLayout"/>: a layer and a box centre per vertex, and a route per edge.</summary>
/// <param name="Layers">Per vertex, its layer; 0 is the bottom layer.</param>
/// <param name="Centres">Per vertex, the centre of its box.</param>
/// <param name="Routes">Per input edge, in input order, its route.</param>
/// <param name="LayerCount">Number of layers.</param>
/// <param name="Width">Width of the canvas.</param>
/// <param name="Height">Height of the canvas.</param>
/// <param name="Crossings">Number of edge crossings between adjacent layers in the chosen order.</param>
internal sealed record LayeredDrawing(
    int[] Layers,
    LayoutPoint[] Centres,
    EdgeRoute[] Routes,
    int LayerCount,
    double Width,
    double Height,
    int Crossings);
