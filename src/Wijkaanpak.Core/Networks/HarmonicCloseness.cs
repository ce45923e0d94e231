using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Harmonic closeness (*nabijheid*): for each stakeholder, the sum of 1 / distance from every
/// other stakeholder that can reach it — high for those close to many. Unlike classic closeness
/// it is well defined on disconnected networks. Not normalized, as NetworkX's
/// <c>harmonic_centrality</c>; divide by n − 1 for a value between 0 and 1.
/// </summary>
/// <remarks>
/// One backward search per vertex: O(V (V + E)) unweighted. Vertices are independent, so they are
/// computed in parallel, each summing in its own search order: identical to the bit whatever the
/// number of threads. Pairs at distance zero (zero-weight edges) are skipped, as in NetworkX.
/// </remarks>
public static class HarmonicCloseness
{
    /// <summary>The harmonic closeness of every vertex of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph (an undirected view for undirected closeness).</param>
    /// <param name="useWeights">Distances as summed edge weight (zero or more) instead of edge counts.</param>
    /// <returns>The score of each vertex.</returns>
    /// <exception cref="ArgumentException">Weights are used and one is negative.</exception>
    public static EquatableArray<double> Compute(CompactGraph graph, bool useWeights = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var weighted = useWeights && graph.IsWeighted;
        if (weighted)
        {
            NetworkInput.RequireWeights(graph, allowZero: true, "Harmonic closeness");
        }

        var n = graph.VertexCount;
        var scores = new double[n];
        Parallel.For(
            0,
            n,
            () => new ShortestPathSearch(n),
            (v, _, search) =>
            {
                search.Run(graph, v, weighted, reverse: true);
                var sum = 0.0;
                for (var i = 0; i < search.Reached; i++)
                {
                    var d = search.Distance[search.Order[i]];
                    if (d > 0)
                    {
                        sum += 1 / d;
                    }
                }

                scores[v] = sum;
                return search;
            },
            _ => { });
        return NetworkInput.Wrap(scores);
    }
}
