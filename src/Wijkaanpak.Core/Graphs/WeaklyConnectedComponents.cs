namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// Weakly connected components (*samenhangende delen*): vertices joined by a path when edge
/// directions are ignored. Breadth-first, iterative, O(V + E).
/// </summary>
public static class WeaklyConnectedComponents
{
    /// <summary>
    /// Partitions the vertices of <paramref name="graph"/> into weakly connected components,
    /// numbered in ascending order of their smallest vertex.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The partition.</returns>
    public static VertexPartition Compute(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        var component = new int[n];
        Array.Fill(component, -1);
        var queue = new int[n];
        var count = 0;
        for (var root = 0; root < n; root++)
        {
            if (component[root] >= 0)
            {
                continue;
            }

            var head = 0;
            var tail = 0;
            component[root] = count;
            queue[tail++] = root;
            while (head < tail)
            {
                var v = queue[head++];
                Visit(graph.OutTargets.AsSpan(graph.OutOffsets[v], graph.OutOffsets[v + 1] - graph.OutOffsets[v]));
                Visit(graph.InSources.AsSpan(graph.InOffsets[v], graph.InOffsets[v + 1] - graph.InOffsets[v]));
            }

            count++;

            void Visit(ReadOnlySpan<int> neighbours)
            {
                foreach (var w in neighbours)
                {
                    if (component[w] < 0)
                    {
                        component[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
        }

        return new VertexPartition(component, count);
    }
}
