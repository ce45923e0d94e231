namespace Wijkaanpak.Core.Networks;

/// <summary>An undirected edge between two vertices, written with the smaller vertex first.</summary>
/// <param name="U">The smaller vertex.</param>
/// <param name="V">The larger vertex.</param>
public readonly record struct UndirectedEdge(int U, int V);
