namespace Wijkaanpak.Core.Export;

/// <summary>One picture of (a part of) the theory of change.</summary>
/// <param name="Root">The ambition or goal the part is about; null for the whole theory or the remainder.</param>
/// <param name="View">The nodes and edges drawn.</param>
/// <param name="Svg">The picture as inline SVG.</param>
/// <param name="Crossings">Edge crossings between adjacent rows in the drawing.</param>
internal sealed record TheoryOfChangePicture(ChangeGraphNode? Root, ChangeGraphView View, string Svg, int Crossings);
