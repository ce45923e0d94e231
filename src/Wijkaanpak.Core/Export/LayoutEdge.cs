namespace Wijkaanpak.Core.Export;

/// <summary>A directed edge between two dense vertex numbers of a graph to be drawn.</summary>
/// <param name="From">The source vertex.</param>
/// <param name="To">The target vertex.</param>
internal readonly record struct LayoutEdge(int From, int To);
