using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Networks;

/// <summary>Single-source shortest paths: breadth-first by number of edges, or Dijkstra by summed weight.</summary>
/// <remarks>
/// O(V + E) unweighted, O((V + E) log V) weighted; iterative. Among equally short paths the one
/// found first wins (lowest edge number first), so the result is deterministic.
/// </remarks>
public static class ShortestPaths
{
    /// <summary>Shortest paths from <paramref name="source"/> along the edges.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="source">The start vertex.</param>
    /// <param name="useWeights">Sum edge weights (must be zero or more) instead of counting edges.</param>
    /// <returns>Distances and predecessors.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The source is not a vertex.</exception>
    /// <exception cref="ArgumentException">Weights are used and one is negative.</exception>
    public static ShortestPathTree From(CompactGraph graph, int source, bool useWeights = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        graph.CheckVertex(source, nameof(source));
        var weighted = useWeights && graph.IsWeighted;
        if (weighted)
        {
            NetworkInput.RequireWeights(graph, allowZero: true, "Shortest paths");
        }

        var search = new ShortestPathSearch(graph.VertexCount);
        search.Run(graph, source, weighted, reverse: false);
        return new ShortestPathTree(source, NetworkInput.Wrap(search.Distance), NetworkInput.Wrap(search.Predecessor));
    }
}
