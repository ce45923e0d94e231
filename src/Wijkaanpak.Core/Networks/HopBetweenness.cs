using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Brandes' accumulation for one source when every edge counts as one hop: a breadth-first search
/// counting shortest paths, then the dependencies in reverse order. Reusable for many sources on
/// one thread.
/// </summary>
/// <remarks>
/// Made for large graphs, where every step is a cache miss: a vertex's integer distance and its
/// running value share one 16-byte slot, so looking at a neighbour costs one memory access; both
/// passes walk the out-adjacency, and the backward pass pulls from each vertex's successors (the
/// neighbours one hop further) instead of pushing to its predecessors, so it writes only the
/// vertex itself. During the search the value is the number of shortest paths σ; once a vertex's
/// dependency δ is known it becomes (1 + δ) / σ, what each predecessor pulls.
/// </remarks>
internal sealed class HopBetweenness
{
    private readonly Slot[] _slots;
    private readonly int[] _order;

    public HopBetweenness(int n)
    {
        _slots = new Slot[n];
        _slots.AsSpan().Fill(new Slot { Distance = -1 });
        _order = new int[n];
    }

    /// <summary>Adds the dependencies of every vertex other than <paramref name="source"/> on paths from it to <paramref name="sums"/>.</summary>
    public void Add(CompactGraph graph, int source, double[] sums)
    {
        var offsets = graph.OutOffsets;
        var targets = graph.OutTargets;
        var slots = _slots;
        var order = _order;
        slots[source] = new Slot { Distance = 0, Value = 1 };
        order[0] = source;
        var tail = 1;
        for (var head = 0; head < tail; head++)
        {
            var v = order[head];
            var next = slots[v].Distance + 1;
            var paths = slots[v].Value;
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                ref var w = ref slots[targets[e]];
                if (w.Distance < 0)
                {
                    w.Distance = next;
                    order[tail++] = targets[e];
                }

                if (w.Distance == next)
                {
                    w.Value += paths;
                }
            }
        }

        for (var i = tail - 1; i >= 0; i--)
        {
            var v = order[i];
            ref var slot = ref slots[v];
            var next = slot.Distance + 1;
            var pulled = 0.0;
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                ref var w = ref slots[targets[e]];
                if (w.Distance == next)
                {
                    pulled += w.Value;
                }
            }

            var dependency = slot.Value * pulled;
            if (v != source)
            {
                sums[v] += dependency;
            }

            slot.Value = (1 + dependency) / slot.Value;
        }

        for (var i = 0; i < tail; i++)
        {
            slots[order[i]] = new Slot { Distance = -1 };
        }
    }

    /// <summary>A vertex's distance from the source (-1 when not reached) and its running value.</summary>
    private struct Slot
    {
        public int Distance;
        public double Value;
    }
}
