namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// A directed edge (*pijl, verbinding*) of a <see cref="CompactGraph"/>, as QuikGraph users know
/// it: a source, a target and a weight, plus its position in the graph's edge order.
/// </summary>
/// <param name="Source">The vertex the edge leaves.</param>
/// <param name="Target">The vertex the edge enters.</param>
/// <param name="Index">
/// The edge number in <c>0 .. EdgeCount-1</c>: edges are numbered grouped by source vertex, and
/// within one source in the order they were added.
/// </param>
/// <param name="Weight">The edge weight; 1 in an unweighted graph.</param>
public readonly record struct Edge(int Source, int Target, int Index, double Weight) : QuikGraph.IEdge<int>;
