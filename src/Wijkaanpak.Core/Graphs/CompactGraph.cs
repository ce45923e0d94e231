using System.Buffers;

namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// An immutable directed graph (*graaf*) on dense vertices <c>0 .. VertexCount-1</c>, stored as
/// compressed sparse rows (CSR): out-adjacency (targets grouped by source) and in-adjacency
/// (sources grouped by target), with optional edge weights. Every algorithm in
/// <c>Graphs</c> and <c>Networks</c> works on this one representation.
/// </summary>
/// <remarks>
/// <para>
/// Memory: 4 bytes per edge for the out-targets, 8 for the in-adjacency (source and edge number),
/// plus 4 for a weight when the graph is weighted, so 12 bytes per edge unweighted and 16 weighted;
/// plus 8 bytes per vertex for the two offset arrays. Weights are stored in single precision
/// (about 7 significant digits); algorithms accumulate in double precision. See
/// <c>docs/decisions/0005-csr-graph-layout.md</c>.
/// </para>
/// <para>
/// Edges keep their input order within a source vertex; parallel edges and self loops are allowed.
/// Immutable and safe to share across threads. Vocabulary follows QuikGraph
/// (<see cref="OutEdges"/>, <see cref="InEdges"/>, <see cref="OutDegree"/>, ...).
/// </para>
/// </remarks>
public sealed class CompactGraph
{
    private CompactGraph(int[] outOffsets, int[] outTargets, float[]? weights, bool isUndirected)
    {
        OutOffsets = outOffsets;
        OutTargets = outTargets;
        Weights = weights;
        IsUndirected = isUndirected;
        (InOffsets, InSources, InEdgeIndices) = BuildInAdjacency(outOffsets, outTargets);
    }

    /// <summary>Number of vertices (*knopen*).</summary>
    public int VertexCount => OutOffsets.Length - 1;

    /// <summary>Number of directed edges. In an undirected view each undirected edge counts twice (once per direction), a self loop once.</summary>
    public int EdgeCount => OutTargets.Length;

    /// <summary>True when the edges carry weights; otherwise every weight reads as 1.</summary>
    public bool IsWeighted => Weights is not null;

    /// <summary>
    /// True for a graph made by <see cref="ToUndirected"/>: every edge u→v (u ≠ v) has exactly one
    /// reverse edge v→u with the same weight, and there are no parallel edges.
    /// </summary>
    public bool IsUndirected { get; }

    /// <summary>The vertices, <c>0 .. VertexCount-1</c>.</summary>
    public IEnumerable<int> Vertices => Enumerable.Range(0, VertexCount);

    /// <summary>Every edge, grouped by source vertex in ascending order.</summary>
    public IEnumerable<Edge> Edges
    {
        get
        {
            for (var v = 0; v < VertexCount; v++)
            {
                for (var e = OutOffsets[v]; e < OutOffsets[v + 1]; e++)
                {
                    yield return new Edge(v, OutTargets[e], e, WeightAt(e));
                }
            }
        }
    }

    /// <summary>Approximate memory held by the graph's arrays, in bytes (object headers excluded).</summary>
    public long SizeInBytes =>
        (4L * OutOffsets.Length) + (4L * OutTargets.Length) + (4L * (Weights?.Length ?? 0))
        + (4L * InOffsets.Length) + (4L * InSources.Length) + (4L * InEdgeIndices.Length);

    internal int[] OutOffsets { get; }

    internal int[] OutTargets { get; }

    internal float[]? Weights { get; }

    internal int[] InOffsets { get; }

    internal int[] InSources { get; }

    internal int[] InEdgeIndices { get; }

    /// <summary>
    /// Builds a graph from parallel edge arrays: edge <c>i</c> runs from <c>sources[i]</c> to
    /// <c>targets[i]</c>. The graph is unweighted.
    /// </summary>
    /// <param name="vertexCount">Number of vertices; every endpoint must be below it.</param>
    /// <param name="sources">Source vertex of each edge.</param>
    /// <param name="targets">Target vertex of each edge.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException">The arrays differ in length or an endpoint is not a vertex; the message names the edge.</exception>
    public static CompactGraph FromEdges(int vertexCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets) =>
        Build(vertexCount, sources, targets, weights: default, weighted: false, isUndirected: false);

    /// <summary>
    /// Builds a weighted graph from parallel edge arrays: edge <c>i</c> runs from
    /// <c>sources[i]</c> to <c>targets[i]</c> with weight <c>weights[i]</c>.
    /// </summary>
    /// <param name="vertexCount">Number of vertices; every endpoint must be below it.</param>
    /// <param name="sources">Source vertex of each edge.</param>
    /// <param name="targets">Target vertex of each edge.</param>
    /// <param name="weights">Weight of each edge: finite; stored in single precision.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException">The arrays differ in length, an endpoint is not a vertex, or a weight is not finite; the message names the edge.</exception>
    public static CompactGraph FromEdges(int vertexCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, ReadOnlySpan<double> weights) =>
        Build(vertexCount, sources, targets, weights, weighted: true, isUndirected: false);

    /// <summary>Number of edges leaving <paramref name="vertex"/>.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="ArgumentOutOfRangeException">The vertex is not in the graph.</exception>
    public int OutDegree(int vertex)
    {
        CheckVertex(vertex);
        return OutOffsets[vertex + 1] - OutOffsets[vertex];
    }

    /// <summary>Number of edges entering <paramref name="vertex"/>.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="ArgumentOutOfRangeException">The vertex is not in the graph.</exception>
    public int InDegree(int vertex)
    {
        CheckVertex(vertex);
        return InOffsets[vertex + 1] - InOffsets[vertex];
    }

    /// <summary>The targets of the edges leaving <paramref name="vertex"/>, in edge order, without copying.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="ArgumentOutOfRangeException">The vertex is not in the graph.</exception>
    public ReadOnlySpan<int> OutNeighbors(int vertex)
    {
        CheckVertex(vertex);
        return OutTargets.AsSpan(OutOffsets[vertex], OutOffsets[vertex + 1] - OutOffsets[vertex]);
    }

    /// <summary>The sources of the edges entering <paramref name="vertex"/>, ordered by edge number, without copying.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="ArgumentOutOfRangeException">The vertex is not in the graph.</exception>
    public ReadOnlySpan<int> InNeighbors(int vertex)
    {
        CheckVertex(vertex);
        return InSources.AsSpan(InOffsets[vertex], InOffsets[vertex + 1] - InOffsets[vertex]);
    }

    /// <summary>The edges leaving <paramref name="vertex"/>, in edge order.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="ArgumentOutOfRangeException">The vertex is not in the graph.</exception>
    public IEnumerable<Edge> OutEdges(int vertex)
    {
        CheckVertex(vertex);
        return Enumerate(vertex);

        IEnumerable<Edge> Enumerate(int v)
        {
            for (var e = OutOffsets[v]; e < OutOffsets[v + 1]; e++)
            {
                yield return new Edge(v, OutTargets[e], e, WeightAt(e));
            }
        }
    }

    /// <summary>The edges entering <paramref name="vertex"/>, ordered by edge number.</summary>
    /// <param name="vertex">A vertex of the graph.</param>
    /// <exception cref="ArgumentOutOfRangeException">The vertex is not in the graph.</exception>
    public IEnumerable<Edge> InEdges(int vertex)
    {
        CheckVertex(vertex);
        return Enumerate(vertex);

        IEnumerable<Edge> Enumerate(int v)
        {
            for (var i = InOffsets[v]; i < InOffsets[v + 1]; i++)
            {
                var e = InEdgeIndices[i];
                yield return new Edge(InSources[i], v, e, WeightAt(e));
            }
        }
    }

    /// <summary>The edge with number <paramref name="index"/> (found by binary search over the vertices).</summary>
    /// <param name="index">An edge number in <c>0 .. EdgeCount-1</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is not an edge of the graph.</exception>
    public Edge EdgeAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, EdgeCount);
        return new Edge(SourceOf(index), OutTargets[index], index, WeightAt(index));
    }

    /// <summary>The weight of edge <paramref name="index"/>; 1 in an unweighted graph.</summary>
    /// <param name="index">An edge number in <c>0 .. EdgeCount-1</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is not an edge of the graph.</exception>
    public double Weight(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, EdgeCount);
        return WeightAt(index);
    }

    /// <summary>True when at least one edge runs from <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <param name="source">The source vertex.</param>
    /// <param name="target">The target vertex.</param>
    /// <exception cref="ArgumentOutOfRangeException">A vertex is not in the graph.</exception>
    public bool ContainsEdge(int source, int target)
    {
        CheckVertex(target);
        return OutNeighbors(source).Contains(target);
    }

    /// <summary>
    /// The undirected view (*ongerichte graaf*): one edge pair u→v, v→u for every pair of vertices
    /// joined by an edge in either direction, self loops kept once. Weights of the edges that join
    /// one pair are combined by <paramref name="merge"/>; an unweighted graph stays unweighted.
    /// Neighbours of each vertex come in ascending order.
    /// </summary>
    /// <param name="merge">How weights of edges that become one undirected edge combine.</param>
    /// <returns>A graph with <see cref="IsUndirected"/> set; this graph itself when it already is one.</returns>
    public CompactGraph ToUndirected(EdgeWeightMerge merge = EdgeWeightMerge.Sum)
    {
        if (IsUndirected)
        {
            return this;
        }

        var arcCount = 0;
        for (var v = 0; v < VertexCount; v++)
        {
            for (var e = OutOffsets[v]; e < OutOffsets[v + 1]; e++)
            {
                arcCount += OutTargets[e] == v ? 1 : 2;
            }
        }

        var sources = new int[arcCount];
        var targets = new int[arcCount];
        var weights = IsWeighted ? new double[arcCount] : null;
        var next = 0;
        for (var v = 0; v < VertexCount; v++)
        {
            for (var e = OutOffsets[v]; e < OutOffsets[v + 1]; e++)
            {
                var t = OutTargets[e];
                AddArc(v, t, e);
                if (t != v)
                {
                    AddArc(t, v, e);
                }
            }
        }

        SortArcs(VertexCount, sources, targets, weights);
        var kept = MergeParallelArcs(sources, targets, weights, merge);
        return Build(
            VertexCount,
            sources.AsSpan(0, kept),
            targets.AsSpan(0, kept),
            weights is null ? default : weights.AsSpan(0, kept),
            weighted: IsWeighted,
            isUndirected: true);

        void AddArc(int from, int to, int edge)
        {
            sources[next] = from;
            targets[next] = to;
            if (weights is not null)
            {
                weights[next] = WeightAt(edge);
            }

            next++;
        }
    }

    internal double WeightAt(int edge) => Weights is null ? 1.0 : Weights[edge];

    internal int SourceOf(int edge)
    {
        var lo = 0;
        var hi = VertexCount - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo + 1) / 2);
            if (OutOffsets[mid] <= edge)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    internal void CheckVertex(int vertex, string? parameterName = null)
    {
        if ((uint)vertex >= (uint)VertexCount)
        {
            throw new ArgumentOutOfRangeException(
                parameterName ?? nameof(vertex),
                vertex,
                $"Vertex {vertex} is not in the graph, which has {VertexCount} vertices (0 .. {VertexCount - 1}).");
        }
    }

    internal static CompactGraph Build(
        int vertexCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, ReadOnlySpan<double> weights, bool weighted, bool isUndirected)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        if (sources.Length != targets.Length)
        {
            throw new ArgumentException($"There are {sources.Length} edge sources but {targets.Length} edge targets; both lists need one entry per edge.", nameof(targets));
        }

        if (weighted && weights.Length != sources.Length)
        {
            throw new ArgumentException($"There are {sources.Length} edges but {weights.Length} weights; give one weight per edge.", nameof(weights));
        }

        for (var i = 0; i < sources.Length; i++)
        {
            CheckEndpoint(i, "source", sources[i], vertexCount, nameof(sources));
            CheckEndpoint(i, "target", targets[i], vertexCount, nameof(targets));
            if (weighted && !double.IsFinite(weights[i]))
            {
                throw new ArgumentException($"Edge {i} ({sources[i]} -> {targets[i]}) has weight {weights[i]}; weights must be finite numbers.", nameof(weights));
            }
        }

        var offsets = CsrOffsets.Of(sources, vertexCount);

        var outTargets = new int[sources.Length];
        var outWeights = weighted ? new float[sources.Length] : null;
        var fill = RentCopy(offsets, vertexCount);
        for (var i = 0; i < sources.Length; i++)
        {
            var slot = fill[sources[i]]++;
            outTargets[slot] = targets[i];
            if (outWeights is not null)
            {
                outWeights[slot] = (float)weights[i];
            }
        }

        ArrayPool<int>.Shared.Return(fill);
        return new CompactGraph(offsets, outTargets, outWeights, isUndirected);
    }

    private static void CheckEndpoint(int edge, string role, int vertex, int vertexCount, string parameterName)
    {
        if ((uint)vertex >= (uint)vertexCount)
        {
            throw new ArgumentException(
                $"Edge {edge} has {role} {vertex}, which is not a vertex of a graph with {vertexCount} vertices (0 .. {vertexCount - 1}).",
                parameterName);
        }
    }

    private static (int[] Offsets, int[] Sources, int[] EdgeIndices) BuildInAdjacency(int[] outOffsets, int[] outTargets)
    {
        var vertexCount = outOffsets.Length - 1;
        var offsets = CsrOffsets.Of(outTargets, vertexCount);

        var sources = new int[outTargets.Length];
        var edges = new int[outTargets.Length];
        var fill = RentCopy(offsets, vertexCount);
        for (var v = 0; v < vertexCount; v++)
        {
            for (var e = outOffsets[v]; e < outOffsets[v + 1]; e++)
            {
                var slot = fill[outTargets[e]]++;
                sources[slot] = v;
                edges[slot] = e;
            }
        }

        ArrayPool<int>.Shared.Return(fill);
        return (offsets, sources, edges);
    }

    /// <summary>A pooled copy of the first <paramref name="count"/> offsets: the insertion cursor of a CSR fill, returned to the pool afterwards.</summary>
    private static int[] RentCopy(int[] offsets, int count)
    {
        var copy = ArrayPool<int>.Shared.Rent(count);
        offsets.AsSpan(0, count).CopyTo(copy);
        return copy;
    }

    /// <summary>Sorts arcs by (source, target) with two stable counting passes: O(V + E).</summary>
    private static void SortArcs(int vertexCount, int[] sources, int[] targets, double[]? weights)
    {
        var order = CountingOrder(vertexCount, targets, Enumerable.Range(0, targets.Length).ToArray());
        order = CountingOrder(vertexCount, sources, order);
        var s = new int[sources.Length];
        var t = new int[targets.Length];
        var w = weights is null ? null : new double[weights.Length];
        for (var i = 0; i < order.Length; i++)
        {
            s[i] = sources[order[i]];
            t[i] = targets[order[i]];
            if (w is not null)
            {
                w[i] = weights![order[i]];
            }
        }

        s.CopyTo(sources, 0);
        t.CopyTo(targets, 0);
        w?.CopyTo(weights!, 0);
    }

    private static int[] CountingOrder(int vertexCount, int[] keys, int[] order)
    {
        var start = CsrOffsets.Of(keys, vertexCount);
        var result = new int[order.Length];
        foreach (var i in order)
        {
            result[start[keys[i]]++] = i;
        }

        return result;
    }

    private static int MergeParallelArcs(int[] sources, int[] targets, double[]? weights, EdgeWeightMerge merge)
    {
        var kept = 0;
        for (var i = 0; i < sources.Length; i++)
        {
            if (kept > 0 && sources[kept - 1] == sources[i] && targets[kept - 1] == targets[i])
            {
                if (weights is not null)
                {
                    weights[kept - 1] = merge switch
                    {
                        EdgeWeightMerge.Max => Math.Max(weights[kept - 1], weights[i]),
                        EdgeWeightMerge.Min => Math.Min(weights[kept - 1], weights[i]),
                        _ => weights[kept - 1] + weights[i],
                    };
                }

                continue;
            }

            sources[kept] = sources[i];
            targets[kept] = targets[i];
            if (weights is not null)
            {
                weights[kept] = weights[i];
            }

            kept++;
        }

        return kept;
    }
}
