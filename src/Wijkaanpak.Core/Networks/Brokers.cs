using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Articulation points and bridges by the Hopcroft–Tarjan depth-first search with low-points,
/// written with an explicit stack (no recursion): O(V + E).
/// </summary>
/// <remarks>
/// Works on the undirected view: directions are ignored and parallel relations between one pair
/// count as a single tie (so such a pair can still be a bridge); self loops are ignored.
/// </remarks>
public static class Brokers
{
    /// <summary>Finds the articulation points and bridges of <paramref name="graph"/>.</summary>
    /// <param name="graph">The stakeholder graph; directions are ignored.</param>
    /// <returns>The brokers.</returns>
    public static BrokerStructure Compute(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var g = graph.ToUndirected();
        var n = g.VertexCount;
        var discovered = new int[n];
        Array.Fill(discovered, -1);
        var low = new int[n];
        var parent = new int[n];
        var nextEdge = new int[n];
        var stack = new int[n];
        var isArticulation = new bool[n];
        var bridges = new List<UndirectedEdge>();
        var time = 0;
        for (var root = 0; root < n; root++)
        {
            if (discovered[root] >= 0)
            {
                continue;
            }

            var top = 0;
            var rootChildren = 0;
            discovered[root] = low[root] = time++;
            parent[root] = -1;
            nextEdge[root] = g.OutOffsets[root];
            stack[top++] = root;
            while (top > 0)
            {
                var v = stack[top - 1];
                if (nextEdge[v] < g.OutOffsets[v + 1])
                {
                    var w = g.OutTargets[nextEdge[v]++];
                    if (w == v)
                    {
                        continue;
                    }

                    if (discovered[w] < 0)
                    {
                        discovered[w] = low[w] = time++;
                        parent[w] = v;
                        nextEdge[w] = g.OutOffsets[w];
                        stack[top++] = w;
                        if (v == root)
                        {
                            rootChildren++;
                        }
                    }
                    else if (w != parent[v])
                    {
                        low[v] = Math.Min(low[v], discovered[w]);
                    }

                    continue;
                }

                top--;
                var p = parent[v];
                if (p < 0)
                {
                    continue;
                }

                low[p] = Math.Min(low[p], low[v]);
                if (low[v] > discovered[p])
                {
                    bridges.Add(new UndirectedEdge(Math.Min(p, v), Math.Max(p, v)));
                }

                if (p != root && low[v] >= discovered[p])
                {
                    isArticulation[p] = true;
                }
            }

            isArticulation[root] = rootChildren >= 2;
        }

        bridges.Sort((a, b) => a.U != b.U ? a.U.CompareTo(b.U) : a.V.CompareTo(b.V));
        var points = Enumerable.Range(0, n).Where(v => isArticulation[v]).ToArray();
        return new BrokerStructure(NetworkInput.Wrap(points), NetworkInput.Wrap(bridges.ToArray()));
    }
}
