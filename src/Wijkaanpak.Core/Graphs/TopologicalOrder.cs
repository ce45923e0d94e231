namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// A topological order (*topologische volgorde*) of a directed graph: every edge runs from an
/// earlier to a later vertex, as in a theory of change read from interventions up to the mission.
/// When the graph has a cycle no such order exists; the result then says so and names a cycle.
/// </summary>
/// <remarks>
/// Kahn's algorithm with a first-in-first-out queue seeded in ascending vertex order, so the order
/// is deterministic; O(V + E), no recursion. Immutable and safe to share across threads.
/// </remarks>
public sealed class TopologicalOrder
{
    private readonly int[] _order;
    private readonly int[] _cycle;

    private TopologicalOrder(int[] order, int[] cycle, int vertexCount)
    {
        _order = order;
        _cycle = cycle;
        VertexCount = vertexCount;
    }

    /// <summary>Number of vertices of the graph.</summary>
    public int VertexCount { get; }

    /// <summary>True when the graph has no cycle and <see cref="Order"/> holds every vertex.</summary>
    public bool IsAcyclic => _cycle.Length == 0;

    /// <summary>
    /// The vertices in topological order. When the graph is cyclic this is only the part that
    /// could be ordered: the vertices not on or downstream of a cycle.
    /// </summary>
    public ReadOnlySpan<int> Order => _order;

    /// <summary>Number of vertices that could not be ordered because they are on or after a cycle; 0 when acyclic.</summary>
    public int UnorderedCount => VertexCount - _order.Length;

    /// <summary>
    /// When the graph is cyclic, one cycle among the unordered vertices: <c>c0→c1→...→ck→c0</c>,
    /// starting at its smallest vertex. Empty when the graph is acyclic.
    /// </summary>
    public ReadOnlySpan<int> Cycle => _cycle;

    /// <summary>Orders the vertices of <paramref name="graph"/> topologically, or finds a cycle that prevents it.</summary>
    /// <param name="graph">The directed graph.</param>
    /// <returns>The order, or the partial order and a cycle.</returns>
    public static TopologicalOrder Compute(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        var remaining = new int[n];
        var order = new int[n];
        var tail = 0;
        for (var v = 0; v < n; v++)
        {
            remaining[v] = graph.InOffsets[v + 1] - graph.InOffsets[v];
            if (remaining[v] == 0)
            {
                order[tail++] = v;
            }
        }

        for (var head = 0; head < tail; head++)
        {
            var v = order[head];
            for (var e = graph.OutOffsets[v]; e < graph.OutOffsets[v + 1]; e++)
            {
                var w = graph.OutTargets[e];
                if (--remaining[w] == 0)
                {
                    order[tail++] = w;
                }
            }
        }

        return tail == n
            ? new TopologicalOrder(order, [], n)
            : new TopologicalOrder(order[..tail], CycleAmong(graph, remaining), n);
    }

    /// <summary>
    /// Every vertex Kahn could not order has a predecessor that was not ordered either, so walking
    /// backwards over such predecessors must revisit a vertex: the walk since then is a cycle.
    /// </summary>
    private static int[] CycleAmong(CompactGraph graph, int[] remaining)
    {
        var start = Array.FindIndex(remaining, r => r > 0);
        var step = new Dictionary<int, int>();
        var walk = new List<int>();
        var v = start;
        while (!step.ContainsKey(v))
        {
            step[v] = walk.Count;
            walk.Add(v);
            foreach (var u in graph.InNeighbors(v))
            {
                if (remaining[u] > 0)
                {
                    v = u;
                    break;
                }
            }
        }

        var cycle = walk.GetRange(step[v], walk.Count - step[v]);
        cycle.Reverse();
        var first = cycle.IndexOf(cycle.Min());
        return [.. cycle.Skip(first), .. cycle.Take(first)];
    }
}
