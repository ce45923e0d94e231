using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Reusable single-source shortest-path search (breadth-first or Dijkstra, along or against the
/// edges, optionally bounded) with distances and one predecessor per reached vertex. Arrays are
/// allocated once and reset only where a search touched them, so running it from many sources
/// costs O(reached) per search beyond the search itself.
/// </summary>
internal sealed class ShortestPathSearch
{
    private readonly PriorityQueue<int, double> _queue = new();
    private readonly bool[] _settled;

    public ShortestPathSearch(int vertexCount)
    {
        Distance = new double[vertexCount];
        Array.Fill(Distance, double.PositiveInfinity);
        Predecessor = new int[vertexCount];
        Array.Fill(Predecessor, -1);
        Order = new int[vertexCount];
        _settled = new bool[vertexCount];
    }

    /// <summary>Distance of each vertex from the source; +∞ when not reached.</summary>
    public double[] Distance { get; }

    /// <summary>The vertex before each reached vertex on its shortest path; -1 for the source and unreached vertices.</summary>
    public int[] Predecessor { get; }

    /// <summary>The reached vertices in order of distance; the first <see cref="Reached"/> entries are valid.</summary>
    public int[] Order { get; }

    /// <summary>Number of reached vertices, the source included.</summary>
    public int Reached { get; private set; }

    /// <summary>Searches from <paramref name="source"/> after clearing the previous search.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="source">Start vertex.</param>
    /// <param name="weighted">Dijkstra over edge weights (zero or more) instead of counting edges.</param>
    /// <param name="reverse">Walk against the edges (distances to the source) instead of along them.</param>
    /// <param name="limit">Reach only vertices at most this far.</param>
    public void Run(CompactGraph graph, int source, bool weighted, bool reverse, double limit = double.PositiveInfinity)
    {
        Reset();
        var offsets = reverse ? graph.InOffsets : graph.OutOffsets;
        var neighbours = reverse ? graph.InSources : graph.OutTargets;
        Distance[source] = 0;
        if (weighted)
        {
            Dijkstra(graph, source, offsets, neighbours, reverse, limit);
        }
        else
        {
            BreadthFirst(source, offsets, neighbours, limit);
        }
    }

    private void BreadthFirst(int source, int[] offsets, int[] neighbours, double limit)
    {
        Order[0] = source;
        var tail = 1;
        for (var head = 0; head < tail; head++)
        {
            var v = Order[head];
            var next = Distance[v] + 1;
            if (next > limit)
            {
                continue;
            }

            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = neighbours[i];
                if (double.IsPositiveInfinity(Distance[w]))
                {
                    Distance[w] = next;
                    Predecessor[w] = v;
                    Order[tail++] = w;
                }
            }
        }

        Reached = tail;
    }

    private void Dijkstra(CompactGraph graph, int source, int[] offsets, int[] neighbours, bool reverse, double limit)
    {
        _queue.Clear();
        _queue.Enqueue(source, 0);
        var settled = 0;
        while (_queue.TryDequeue(out var v, out var d))
        {
            if (_settled[v] || d != Distance[v])
            {
                continue;
            }

            _settled[v] = true;
            Order[settled++] = v;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = neighbours[i];
                var candidate = d + graph.WeightAt(reverse ? graph.InEdgeIndices[i] : i);
                if (!_settled[w] && candidate < Distance[w] && candidate <= limit)
                {
                    Distance[w] = candidate;
                    Predecessor[w] = v;
                    _queue.Enqueue(w, candidate);
                }
            }
        }

        Reached = settled;
    }

    private void Reset()
    {
        for (var i = 0; i < Reached; i++)
        {
            var v = Order[i];
            Distance[v] = double.PositiveInfinity;
            Predecessor[v] = -1;
            _settled[v] = false;
        }

        Reached = 0;
    }
}
