namespace Wijkaanpak.Core.Export;

/// <summary>A point on a drawing canvas, in pixels from the top-left corner.</summary>
/// <param name="X">Distance from the left edge.</param>
/// <param name="Y">Distance from the top edge.</param>
internal readonly record struct LayoutPoint(double X, double Y);
