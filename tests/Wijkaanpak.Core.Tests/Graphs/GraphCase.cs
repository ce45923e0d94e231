using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Tests.Graphs;

/// <summary>A small generated graph as edge arrays, printed readably when a property fails.</summary>
public sealed record GraphCase(int VertexCount, int[] Sources, int[] Targets)
{
    public CompactGraph ToGraph() => CompactGraph.FromEdges(VertexCount, Sources, Targets);

    public override string ToString() =>
        $"{VertexCount} vertices: " + string.Join(", ", Sources.Zip(Targets, (s, t) => $"{s}->{t}"));

    /// <summary>Any directed graph with up to 20 vertices and up to three edges per vertex, self loops and parallel edges included.</summary>
    public static Arbitrary<GraphCase> Any() => Arb.From(
        from n in Gen.Choose(1, 20)
        from m in Gen.Choose(0, 3 * n)
        from sources in Gen.Choose(0, n - 1).ArrayOf(m)
        from targets in Gen.Choose(0, n - 1).ArrayOf(m)
        select new GraphCase(n, sources, targets));

    /// <summary>A directed acyclic graph: edges run from lower to higher rank, ranks shuffled over the vertices.</summary>
    public static Arbitrary<GraphCase> Acyclic() => Arb.From(
        from n in Gen.Choose(2, 20)
        from m in Gen.Choose(0, 3 * n)
        from pairs in Gen.Choose(0, n - 1).Two().ArrayOf(m)
        from ranks in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
        let edges = pairs.Where(p => p.Item1 != p.Item2).ToArray()
        select new GraphCase(
            n,
            [.. edges.Select(p => ranks[Math.Min(p.Item1, p.Item2)])],
            [.. edges.Select(p => ranks[Math.Max(p.Item1, p.Item2)])]));

    /// <summary>Reachability by brute force: reach[u, v] when a path of zero or more edges leads from u to v.</summary>
    public bool[,] NaiveReachability()
    {
        var reach = new bool[VertexCount, VertexCount];
        for (var v = 0; v < VertexCount; v++)
        {
            reach[v, v] = true;
        }

        for (var i = 0; i < Sources.Length; i++)
        {
            reach[Sources[i], Targets[i]] = true;
        }

        for (var k = 0; k < VertexCount; k++)
        {
            for (var i = 0; i < VertexCount; i++)
            {
                for (var j = 0; j < VertexCount; j++)
                {
                    reach[i, j] |= reach[i, k] && reach[k, j];
                }
            }
        }

        return reach;
    }

    /// <summary>True when the vertices are distinct and each has an edge to the next, the last back to the first.</summary>
    public static bool IsRealCycle(CompactGraph graph, ReadOnlySpan<int> cycle)
    {
        if (cycle.IsEmpty || cycle.ToArray().Distinct().Count() != cycle.Length)
        {
            return false;
        }

        for (var i = 0; i < cycle.Length; i++)
        {
            if (!graph.ContainsEdge(cycle[i], cycle[(i + 1) % cycle.Length]))
            {
                return false;
            }
        }

        return true;
    }

    public static CompactGraph Chain(int vertexCount)
    {
        var sources = Enumerable.Range(0, vertexCount - 1).ToArray();
        var targets = Enumerable.Range(1, vertexCount - 1).ToArray();
        return CompactGraph.FromEdges(vertexCount, sources, targets);
    }
}
