namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// Which vertices can be reached (*bereikbaarheid*) from a set of source vertices: forward along
/// the edges ("what does this intervention contribute to?") or backward against them ("which
/// means serve this goal?"). Breadth-first, iterative, O(V + E).
/// </summary>
public static class Reachability
{
    /// <summary>The vertices reachable from <paramref name="sources"/> along edge directions, the sources included.</summary>
    /// <param name="graph">The directed graph.</param>
    /// <param name="sources">Start vertices; duplicates are fine.</param>
    /// <returns>The reachable vertices.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A source is not a vertex of the graph.</exception>
    public static ReachableSet Forward(CompactGraph graph, ReadOnlySpan<int> sources)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Search(graph, sources, graph.OutOffsets, graph.OutTargets);
    }

    /// <summary>The vertices from which one of <paramref name="targets"/> can be reached, the targets included.</summary>
    /// <param name="graph">The directed graph.</param>
    /// <param name="targets">The vertices to reach; duplicates are fine.</param>
    /// <returns>The vertices that reach a target.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A target is not a vertex of the graph.</exception>
    public static ReachableSet Backward(CompactGraph graph, ReadOnlySpan<int> targets)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Search(graph, targets, graph.InOffsets, graph.InSources);
    }

    private static ReachableSet Search(CompactGraph graph, ReadOnlySpan<int> starts, int[] offsets, int[] neighbours)
    {
        foreach (var s in starts)
        {
            graph.CheckVertex(s, nameof(starts));
        }

        var seen = new bool[graph.VertexCount];
        var queue = new int[graph.VertexCount];
        var tail = 0;
        foreach (var s in starts)
        {
            if (!seen[s])
            {
                seen[s] = true;
                queue[tail++] = s;
            }
        }

        for (var head = 0; head < tail; head++)
        {
            var v = queue[head];
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = neighbours[i];
                if (!seen[w])
                {
                    seen[w] = true;
                    queue[tail++] = w;
                }
            }
        }

        return new ReachableSet(seen, tail);
    }
}
