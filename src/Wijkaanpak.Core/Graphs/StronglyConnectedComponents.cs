using System.Buffers;

namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// The strongly connected components (*sterk samenhangende componenten*) of a directed graph:
/// maximal sets of vertices that can all reach each other. A component with more than one vertex,
/// or with a self loop, contains a cycle (*kringredenering* in a theory of change); for each such
/// component a concrete cycle is given.
/// </summary>
/// <remarks>
/// Computed by Tarjan's algorithm with an explicit stack (no recursion, so a chain of a million
/// vertices is fine) in O(V + E). Components are numbered in a topological order of the
/// condensation: every edge between two components runs from a lower to a higher number. The
/// working arrays of the search come from the shared array pool, and only the cyclic components
/// hold cycle data, so a large acyclic graph costs little more than its component numbers.
/// Immutable and safe to share across threads.
/// </remarks>
public sealed class StronglyConnectedComponents
{
    /// <summary>Where the cycle of each cyclic component starts in <see cref="_cycleVertices"/> (one more entry than there are cyclic components).</summary>
    private readonly int[] _cycleOffsets;
    private readonly int[] _cycleVertices;
    private readonly int[] _cyclicComponents;

    private StronglyConnectedComponents(VertexPartition partition, int[] cycleOffsets, int[] cycleVertices, int[] cyclicComponents)
    {
        Partition = partition;
        _cycleOffsets = cycleOffsets;
        _cycleVertices = cycleVertices;
        _cyclicComponents = cyclicComponents;
    }

    /// <summary>The components as a partition of the vertices.</summary>
    public VertexPartition Partition { get; }

    /// <summary>Number of components.</summary>
    public int ComponentCount => Partition.ComponentCount;

    /// <summary>The components that contain a cycle (more than one vertex, or a self loop), ascending.</summary>
    public ReadOnlySpan<int> CyclicComponents => _cyclicComponents;

    /// <summary>True when the graph has no cycle at all (every component is a single vertex without self loop).</summary>
    public bool IsAcyclic => _cyclicComponents.Length == 0;

    /// <summary>The component of <paramref name="vertex"/>.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="ArgumentOutOfRangeException">The vertex is not in the graph.</exception>
    public int ComponentOf(int vertex) => Partition.ComponentOf(vertex);

    /// <summary>True when <paramref name="component"/> contains a cycle.</summary>
    /// <param name="component">A component number.</param>
    /// <exception cref="ArgumentOutOfRangeException">The component does not exist.</exception>
    public bool IsCyclic(int component) => Cycle(component).Length > 0;

    /// <summary>
    /// A concrete cycle inside <paramref name="component"/>: vertices <c>c0, c1, ..., ck</c> with
    /// edges <c>c0→c1→...→ck→c0</c>, starting at the component's smallest vertex and as short as
    /// possible through it. A self loop gives a one-vertex cycle. Empty for a component without cycle.
    /// </summary>
    /// <param name="component">A component number.</param>
    /// <exception cref="ArgumentOutOfRangeException">The component does not exist.</exception>
    public ReadOnlySpan<int> Cycle(int component)
    {
        if ((uint)component >= (uint)ComponentCount)
        {
            throw new ArgumentOutOfRangeException(nameof(component), component, $"Component {component} does not exist; there are {ComponentCount}.");
        }

        var k = Array.BinarySearch(_cyclicComponents, component);
        return k < 0 ? [] : _cycleVertices.AsSpan(_cycleOffsets[k], _cycleOffsets[k + 1] - _cycleOffsets[k]);
    }

    /// <summary>Finds the strongly connected components of <paramref name="graph"/> and a cycle in each cyclic one.</summary>
    /// <param name="graph">The directed graph.</param>
    /// <returns>The components and their cycles.</returns>
    public static StronglyConnectedComponents Compute(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var (component, count) = Tarjan(graph);
        var partition = new VertexPartition(component, count);
        var (offsets, vertices, cyclic) = FindCycles(graph, partition, component);
        return new StronglyConnectedComponents(partition, offsets, vertices, cyclic);
    }

    private static (int[] Component, int Count) Tarjan(CompactGraph graph)
    {
        var n = graph.VertexCount;
        var offsets = graph.OutOffsets;
        var targets = graph.OutTargets;
        var pool = ArrayPool<int>.Shared;
        var (index, low, nextEdge, stack, calls) = (pool.Rent(n), pool.Rent(n), pool.Rent(n), pool.Rent(n), pool.Rent(n));
        Array.Fill(index, -1, 0, n);
        var component = new int[n];
        Array.Fill(component, -1);
        var stackTop = 0;
        var callTop = 0;
        var counter = 0;
        var count = 0;

        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            Enter(root);
            while (callTop > 0)
            {
                var v = calls[callTop - 1];
                if (nextEdge[v] < offsets[v + 1])
                {
                    var w = targets[nextEdge[v]++];
                    if (index[w] < 0)
                    {
                        Enter(w);
                    }
                    else if (component[w] < 0)
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }

                    continue;
                }

                callTop--;
                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack[--stackTop];
                        component[w] = count;
                    }
                    while (w != v);
                    count++;
                }

                if (callTop > 0)
                {
                    var parent = calls[callTop - 1];
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }

        foreach (var rented in (int[][])[index, low, nextEdge, stack, calls])
        {
            pool.Return(rented);
        }

        // Tarjan completes sink components first; reverse so that edges run from low to high numbers.
        for (var v = 0; v < n; v++)
        {
            component[v] = count - 1 - component[v];
        }

        return (component, count);

        void Enter(int v)
        {
            index[v] = low[v] = counter++;
            nextEdge[v] = offsets[v];
            stack[stackTop++] = v;
            calls[callTop++] = v;
        }
    }

    /// <summary>
    /// Breadth-first search from each cyclic component's smallest vertex, staying inside the
    /// component, until an edge returns to it: the shortest cycle through that vertex. Components
    /// are disjoint, so the whole pass is O(V + E).
    /// </summary>
    private static (int[] Offsets, int[] Vertices, int[] Cyclic) FindCycles(CompactGraph graph, VertexPartition partition, int[] component)
    {
        var offsets = new List<int> { 0 };
        var vertices = new List<int>();
        var cyclic = new List<int>();
        int[]? parent = null;
        int[]? queue = null;
        var path = new List<int>();
        for (var c = 0; c < partition.ComponentCount; c++)
        {
            var root = partition.Members(c)[0];
            if (partition.SizeOf(c) > 1 || graph.OutNeighbors(root).Contains(root))
            {
                if (parent is null)
                {
                    parent = new int[graph.VertexCount];
                    Array.Fill(parent, -1);
                    queue = new int[graph.VertexCount];
                }

                cyclic.Add(c);
                ShortestCycleThrough(graph, root, component, parent, queue!, path);
                vertices.AddRange(path);
                offsets.Add(vertices.Count);
            }
        }

        return ([.. offsets], [.. vertices], [.. cyclic]);
    }

    private static void ShortestCycleThrough(CompactGraph graph, int root, int[] component, int[] parent, int[] queue, List<int> path)
    {
        var head = 0;
        var tail = 0;
        queue[tail++] = root;
        parent[root] = root;
        var last = -1;
        while (head < tail && last < 0)
        {
            var v = queue[head++];
            for (var e = graph.OutOffsets[v]; e < graph.OutOffsets[v + 1]; e++)
            {
                var w = graph.OutTargets[e];
                if (w == root)
                {
                    last = v;
                    break;
                }

                if (component[w] == component[root] && parent[w] < 0)
                {
                    parent[w] = v;
                    queue[tail++] = w;
                }
            }
        }

        path.Clear();
        for (var v = last; v != root; v = parent[v])
        {
            path.Add(v);
        }

        path.Add(root);
        path.Reverse();
    }
}
