using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Betweenness centrality by Brandes' algorithm: exact (every vertex a source) for small and
/// medium graphs, or estimated from a seeded random sample of source vertices (pivots) for large
/// ones, with an error bound that holds for all vertices at once.
/// </summary>
/// <remarks>
/// <para>
/// One source costs O(V + E) unweighted (breadth-first) or O((V + E) log V) weighted (Dijkstra);
/// exact betweenness is n sources. Parallel edges count as distinct paths; self loops are ignored.
/// An undirected view (<c>CompactGraph.ToUndirected</c>) gives undirected betweenness.
/// </para>
/// <para>
/// Sources are split into at most eight fixed groups in ascending order, each summed in its own
/// array, and the groups are added in order: the scores are identical to the bit whatever the
/// number of threads.
/// </para>
/// <para>
/// Error bound of the estimate (Brandes &amp; Pich 2007; Hoeffding's inequality, which also holds
/// for sampling without replacement, with a union bound over the n vertices): each source s
/// contributes δ_s(v) ≤ n − 2 to vertex v, so with k pivots and probability at least 1 − δ every
/// normalized score is within <c>n/(n−1) · √(ln(2n/δ) / (2k))</c> of its exact value.
/// </para>
/// </remarks>
public static class Betweenness
{
    private const int MaxGroups = 8;

    /// <summary>Exact betweenness of every vertex (all n vertices as sources).</summary>
    /// <param name="graph">The stakeholder graph.</param>
    /// <param name="options">Normalization and weights; defaults when null.</param>
    /// <returns>The scores, exact.</returns>
    /// <exception cref="ArgumentException">Weights are used and one is not greater than zero.</exception>
    public static BetweennessResult Exact(CompactGraph graph, BetweennessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new BetweennessOptions();
        var sources = Enumerable.Range(0, graph.VertexCount).ToArray();
        return Run(graph, sources, options, exact: true);
    }

    /// <summary>
    /// Estimated betweenness from <paramref name="pivots"/> source vertices drawn uniformly
    /// without replacement with the seeded generator; unbiased (scaled by n/k).
    /// </summary>
    /// <param name="graph">The stakeholder graph.</param>
    /// <param name="pivots">Number of sources to sample, 1 or more; at n or more the result is exact.</param>
    /// <param name="seed">Seed of the sample: the same seed gives the same result.</param>
    /// <param name="options">Normalization, weights and failure probability; defaults when null.</param>
    /// <returns>The estimate and its error bound.</returns>
    /// <exception cref="ArgumentException">The pivot count or failure probability is out of range, or a used weight is not greater than zero.</exception>
    public static BetweennessResult Approximate(CompactGraph graph, int pivots, int seed, BetweennessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new BetweennessOptions();
        if (pivots < 1)
        {
            throw new ArgumentException($"Sampled betweenness needs at least one pivot, not {pivots}.", nameof(pivots));
        }

        if (!(options.FailureProbability is > 0 and < 1))
        {
            throw new ArgumentException($"The failure probability must lie strictly between 0 and 1, not {options.FailureProbability}.", nameof(options));
        }

        var n = graph.VertexCount;
        if (pivots >= n)
        {
            return Exact(graph, options);
        }

        var random = new Random(seed);
        var all = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < pivots; i++)
        {
            var j = random.Next(i, n);
            (all[i], all[j]) = (all[j], all[i]);
        }

        var sources = all[..pivots];
        Array.Sort(sources);
        return Run(graph, sources, options, exact: false);
    }

    private static BetweennessResult Run(CompactGraph graph, int[] sources, BetweennessOptions options, bool exact)
    {
        var weighted = options.UseWeights && graph.IsWeighted;
        if (weighted)
        {
            NetworkInput.RequireWeights(graph, allowZero: false, "Weighted betweenness");
        }

        var n = graph.VertexCount;
        var raw = Accumulate(graph, sources, weighted);
        var pairScale = options.Normalized
            ? (n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 1.0)
            : (graph.IsUndirected ? 0.5 : 1.0);
        var scale = exact ? pairScale : pairScale * n / sources.Length;
        for (var v = 0; v < n; v++)
        {
            raw[v] *= scale;
        }

        var bound = 0.0;
        var confidence = 1.0;
        if (!exact && n > 2)
        {
            var delta = options.FailureProbability;
            var normalizedBound = n / (n - 1.0) * Math.Sqrt(Math.Log(2.0 * n / delta) / (2.0 * sources.Length));
            bound = normalizedBound * (n - 1.0) * (n - 2.0) * pairScale;
            confidence = 1 - delta;
        }

        return new BetweennessResult(NetworkInput.Wrap(raw), exact, sources.Length, bound, confidence);
    }

    private static double[] Accumulate(CompactGraph graph, int[] sources, bool weighted)
    {
        var n = graph.VertexCount;
        var groups = Math.Min(MaxGroups, sources.Length);
        var partial = new double[groups][];

        // Search state is per worker thread (reset after every source); sums are per group, so the
        // result does not depend on which thread ran which group.
        Parallel.For(
            0,
            groups,
            () => new SourceState(n),
            (g, _, state) =>
            {
                var sums = new double[n];
                var start = (int)((long)g * sources.Length / groups);
                var end = (int)((long)(g + 1) * sources.Length / groups);
                for (var i = start; i < end; i++)
                {
                    if (weighted)
                    {
                        state.AddDependencies(graph, sources[i], state.Dijkstra(graph, sources[i]), sums);
                    }
                    else
                    {
                        state.Hops.Add(graph, sources[i], sums);
                    }
                }

                partial[g] = sums;
                return state;
            },
            _ => { });

        var total = new double[n];
        foreach (var sums in partial)
        {
            for (var v = 0; v < n; v++)
            {
                total[v] += sums[v];
            }
        }

        return total;
    }

    /// <summary>Per-thread arrays for one single-source pass; reset only where the pass touched them.</summary>
    private sealed class SourceState
    {
        private readonly double[] _distance;
        private readonly double[] _paths;
        private readonly double[] _dependency;
        private readonly int[] _order;
        private readonly PriorityQueue<int, double> _queue = new();

        /// <summary>The state of the unweighted (hop-count) search, used instead of the arrays above when the weights are not used.</summary>
        public HopBetweenness Hops { get; }

        public SourceState(int n)
        {
            Hops = new HopBetweenness(n);
            _distance = new double[n];
            Array.Fill(_distance, double.PositiveInfinity);
            _paths = new double[n];
            _dependency = new double[n];
            _order = new int[n];
        }

        /// <summary>Shortest-path counts by number of edges; returns how many vertices were reached, in <c>_order</c> by distance.</summary>
        public int Dijkstra(CompactGraph graph, int source)
        {
            _distance[source] = 0;
            _paths[source] = 1;
            _queue.Enqueue(source, 0);
            var settled = 0;
            while (_queue.TryDequeue(out var v, out var d))
            {
                if (d != _distance[v] || _dependency[v] < 0)
                {
                    continue;
                }

                _dependency[v] = -1;
                _order[settled++] = v;
                for (var e = graph.OutOffsets[v]; e < graph.OutOffsets[v + 1]; e++)
                {
                    var w = graph.OutTargets[e];
                    if (_dependency[w] < 0)
                    {
                        continue;
                    }

                    var candidate = d + graph.WeightAt(e);
                    if (candidate < _distance[w])
                    {
                        _distance[w] = candidate;
                        _paths[w] = _paths[v];
                        _queue.Enqueue(w, candidate);
                    }
                    else if (candidate == _distance[w])
                    {
                        _paths[w] += _paths[v];
                    }
                }
            }

            for (var i = 0; i < settled; i++)
            {
                _dependency[_order[i]] = 0;
            }

            return settled;
        }

        /// <summary>Brandes' back-propagation over the in-edges, farthest vertex first; adds each dependency to <paramref name="sums"/> and resets the touched entries.</summary>
        public void AddDependencies(CompactGraph graph, int source, int reached, double[] sums)
        {
            for (var i = reached - 1; i >= 0; i--)
            {
                var w = _order[i];
                var factor = (1 + _dependency[w]) / _paths[w];
                for (var j = graph.InOffsets[w]; j < graph.InOffsets[w + 1]; j++)
                {
                    var v = graph.InSources[j];
                    if (v == w)
                    {
                        continue;
                    }

                    if (_distance[v] + graph.WeightAt(graph.InEdgeIndices[j]) == _distance[w])
                    {
                        _dependency[v] += _paths[v] * factor;
                    }
                }

                if (w != source)
                {
                    sums[w] += _dependency[w];
                }
            }

            for (var i = 0; i < reached; i++)
            {
                var v = _order[i];
                _distance[v] = double.PositiveInfinity;
                _paths[v] = 0;
                _dependency[v] = 0;
            }
        }
    }
}
