using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Core numbers by the Batagelj–Zaversnik algorithm (2003): repeatedly peel the vertex of
/// smallest remaining degree, with bucket-sorted degrees; O(V + E), iterative.
/// </summary>
/// <remarks>
/// Works on the undirected view (directions ignored, parallel relations counted once); self loops
/// do not count towards the degree.
/// </remarks>
public static class KCore
{
    /// <summary>The core number of every vertex of <paramref name="graph"/>.</summary>
    /// <param name="graph">The stakeholder graph; directions are ignored.</param>
    /// <returns>Core numbers and the degeneracy.</returns>
    public static CoreNumbers Compute(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var g = graph.ToUndirected();
        var n = g.VertexCount;
        var degree = new int[n];
        var maxDegree = 0;
        for (var v = 0; v < n; v++)
        {
            foreach (var w in g.OutNeighbors(v))
            {
                if (w != v)
                {
                    degree[v]++;
                }
            }

            maxDegree = Math.Max(maxDegree, degree[v]);
        }

        var binStart = new int[maxDegree + 1];
        foreach (var d in degree)
        {
            binStart[d]++;
        }

        var start = 0;
        for (var d = 0; d <= maxDegree; d++)
        {
            (binStart[d], start) = (start, start + binStart[d]);
        }

        var position = new int[n];
        var vertexAt = new int[n];
        var fill = (int[])binStart.Clone();
        for (var v = 0; v < n; v++)
        {
            position[v] = fill[degree[v]]++;
            vertexAt[position[v]] = v;
        }

        for (var i = 0; i < n; i++)
        {
            var v = vertexAt[i];
            foreach (var u in g.OutNeighbors(v))
            {
                if (u == v || degree[u] <= degree[v])
                {
                    continue;
                }

                // Move u to the front of its degree bin, then shrink that bin by one: u's degree drops.
                var du = degree[u];
                var front = binStart[du];
                var w = vertexAt[front];
                if (u != w)
                {
                    (vertexAt[position[u]], vertexAt[front]) = (w, u);
                    (position[u], position[w]) = (front, position[u]);
                }

                binStart[du]++;
                degree[u]--;
            }
        }

        return new CoreNumbers(NetworkInput.Wrap(degree), n == 0 ? 0 : degree.Max());
    }
}
