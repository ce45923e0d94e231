using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Networks;

/// <summary>Computes <see cref="WeightedDegrees"/>: O(V + E), in edge order, so sums are reproducible to the bit.</summary>
public static class WeightedDegree
{
    /// <summary>In-, out- and total weighted degree of every vertex of <paramref name="graph"/>.</summary>
    /// <param name="graph">The stakeholder graph (directed, or an undirected view).</param>
    /// <returns>The three degree vectors, indexed by vertex.</returns>
    public static WeightedDegrees Compute(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        var inDegree = new double[n];
        var outDegree = new double[n];
        var total = new double[n];
        var selfLoops = new double[n];
        for (var v = 0; v < n; v++)
        {
            for (var e = graph.OutOffsets[v]; e < graph.OutOffsets[v + 1]; e++)
            {
                var w = graph.WeightAt(e);
                var t = graph.OutTargets[e];
                outDegree[v] += w;
                inDegree[t] += w;
                if (t == v)
                {
                    selfLoops[v] += w;
                }
            }
        }

        for (var v = 0; v < n; v++)
        {
            total[v] = graph.IsUndirected ? outDegree[v] + selfLoops[v] : inDegree[v] + outDegree[v];
        }

        return new WeightedDegrees(NetworkInput.Wrap(inDegree), NetworkInput.Wrap(outDegree), NetworkInput.Wrap(total));
    }
}
