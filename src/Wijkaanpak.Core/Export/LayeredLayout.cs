using System.Runtime.InteropServices;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// A Sugiyama-style layered layout for a doel-middel graph: edges are oriented upwards (cycles
/// broken by reversing the back edges of a depth-first search), every vertex sits on a row of its
/// own rank (edges within a rank stack their ends on sub-rows), rows wider than allowed are split,
/// long edges get bend points on the rows they cross, median and barycentre sweeps with adjacent
/// transpositions reduce crossings, attached vertices are put beside their hosts, and boxes are
/// pulled towards their neighbours without overlapping. Every step is iterative and
/// deterministic: the same graph gives the same drawing.
/// </summary>
internal static class LayeredLayout
{
    /// <summary>How often rows that are too wide are split again after the bend points of the previous split are known.</summary>
    private const int MaximumSplitRounds = 4;

    /// <summary>Lays out <paramref name="graph"/>.</summary>
    /// <param name="graph">Vertices (dense numbers in the caller's order) and edges.</param>
    /// <param name="settings">Spacing and effort.</param>
    public static LayeredDrawing Compute(LayeredGraph graph, LayeredLayoutSettings settings)
    {
        var hosts = graph.Hosts ?? Enumerable.Repeat(-1, graph.VertexCount).ToArray();
        var heights = graph.Heights ?? Enumerable.Repeat(settings.NodeHeight, graph.VertexCount).ToArray();
        var layered = Enumerable.Range(0, graph.Edges.Length).Where(e => hosts[graph.Edges[e].From] < 0 && hosts[graph.Edges[e].To] < 0).ToArray();
        var core = graph with { Edges = [.. layered.Select(e => graph.Edges[e])] };
        var reversed = OrientEdges(core);
        var layerOfVertex = CompressRanks(RowKeys(core, reversed, hosts), out var layerCount);
        for (var v = 0; v < hosts.Length; v++)
        {
            layerOfVertex[v] = hosts[v] >= 0 ? layerOfVertex[hosts[v]] : layerOfVertex[v];
        }

        int[][] chains;
        List<int> layerOf;
        List<double> widths;
        List<int>[] below, above;
        int[][] layers;
        int crossings;
        for (var attempt = 0; ; attempt++)
        {
            chains = BuildChains(core, reversed, layerOfVertex, settings.BendWidth, out layerOf, out widths);
            (below, above) = Neighbours(chains, layerOf.Count);
            layers = OrderLayers(layerOf, layerCount, below, above, hosts, settings.OrderingSweeps, out crossings);
            if (settings.MaximumWidth is not { } maximum || attempt == MaximumSplitRounds || !SplitWideRows(layers, graph.VertexCount, widths, hosts, maximum - (2 * settings.Margin), settings.NodeGap, layerOfVertex, ref layerCount))
            {
                break;
            }
        }

        var x = PlaceHorizontally(layers, widths, below, above, hosts, settings);
        var layerHeight = new double[layerCount];
        for (var v = 0; v < graph.VertexCount; v++)
        {
            layerHeight[layerOfVertex[v]] = Math.Max(layerHeight[layerOfVertex[v]], heights[v]);
        }

        var layerCentre = new double[layerCount];
        var top = settings.Margin;
        for (var l = layerCount - 1; l >= 0; l--)
        {
            layerHeight[l] = Math.Max(layerHeight[l], 1);
            layerCentre[l] = top + (layerHeight[l] / 2);
            top += layerHeight[l] + settings.LayerGap;
        }

        var totalHeight = layerCount == 0 ? 2 * settings.Margin : top - settings.LayerGap + settings.Margin;
        var width = 2 * settings.Margin;
        for (var v = 0; v < x.Length; v++)
        {
            width = Math.Max(width, x[v] + (widths[v] / 2) + settings.Margin);
        }

        var centres = new LayoutPoint[graph.VertexCount];
        for (var v = 0; v < centres.Length; v++)
        {
            centres[v] = new LayoutPoint(x[v], layerCentre[layerOf[v]]);
        }

        var routes = new EdgeRoute[graph.Edges.Length];
        for (var e = 0; e < graph.Edges.Length; e++)
        {
            var (from, to) = graph.Edges[e];
            routes[e] = from == to ? new EdgeRoute([], false) : new EdgeRoute([centres[from], centres[to]], false);
        }

        for (var i = 0; i < layered.Length; i++)
        {
            var chain = chains[i];
            var points = new LayoutPoint[chain.Length];
            for (var j = 0; j < chain.Length; j++)
            {
                points[j] = new LayoutPoint(x[chain[j]], layerCentre[layerOf[chain[j]]]);
            }

            if (reversed[i])
            {
                Array.Reverse(points);
            }

            routes[layered[i]] = new EdgeRoute(points, reversed[i]);
        }

        return new LayeredDrawing(layerOfVertex, centres, routes, layerCount, width, totalHeight, crossings);
    }

    /// <summary>
    /// The row of every vertex as a sortable key: its rank first, then, within the rank, the
    /// longest upward path of same-rank edges below it.
    /// </summary>
    private static long[] RowKeys(LayeredGraph graph, bool[] reversed, int[] hosts)
    {
        var upward = Upward(graph, reversed);
        var rank = graph.MinimumRank;
        var sub = new int[graph.VertexCount];
        foreach (var v in TopologicalOrder.Compute(upward).Order)
        {
            foreach (var w in upward.OutNeighbors(v))
            {
                if (rank[w] == rank[v])
                {
                    sub[w] = Math.Max(sub[w], sub[v] + 1);
                }
            }
        }

        var keys = new long[graph.VertexCount];
        for (var v = 0; v < keys.Length; v++)
        {
            keys[v] = hosts[v] >= 0 ? long.MinValue : ((long)rank[v] * (graph.VertexCount + 1)) + sub[v];
        }

        return keys;
    }

    /// <summary>
    /// Decides which edges are drawn downwards: those against the minimum ranks, and the back edges
    /// of an iterative depth-first search over the rest, so that the upward edges form a DAG.
    /// </summary>
    private static bool[] OrientEdges(LayeredGraph graph)
    {
        var edges = graph.Edges;
        var rank = graph.MinimumRank;
        var reversed = new bool[edges.Length];
        for (var e = 0; e < edges.Length; e++)
        {
            reversed[e] = rank[edges[e].From] > rank[edges[e].To];
        }

        var upward = Upward(graph, reversed);
        var backEdges = new HashSet<LayoutEdge>();
        var state = new byte[graph.VertexCount];
        var stack = new Stack<(int Vertex, int Next)>();
        for (var root = 0; root < graph.VertexCount; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            state[root] = 1;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (v, next) = stack.Pop();
                var targets = upward.OutNeighbors(v);
                if (next == targets.Length)
                {
                    state[v] = 2;
                    continue;
                }

                stack.Push((v, next + 1));
                var w = targets[next];
                if (state[w] == 1)
                {
                    backEdges.Add(new LayoutEdge(v, w));
                }
                else if (state[w] == 0)
                {
                    state[w] = 1;
                    stack.Push((w, 0));
                }
            }
        }

        for (var e = 0; e < edges.Length; e++)
        {
            var (from, to) = edges[e];
            reversed[e] ^= backEdges.Contains(reversed[e] ? new LayoutEdge(to, from) : new LayoutEdge(from, to));
        }

        return reversed;
    }

    /// <summary>The edges as oriented so far, without self-loops, as a compact graph.</summary>
    private static CompactGraph Upward(LayeredGraph graph, bool[] reversed)
    {
        var sources = new List<int>(graph.Edges.Length);
        var targets = new List<int>(graph.Edges.Length);
        for (var e = 0; e < graph.Edges.Length; e++)
        {
            var (from, to) = graph.Edges[e];
            if (from != to)
            {
                sources.Add(reversed[e] ? to : from);
                targets.Add(reversed[e] ? from : to);
            }
        }

        return CompactGraph.FromEdges(graph.VertexCount, CollectionsMarshal.AsSpan(sources), CollectionsMarshal.AsSpan(targets));
    }

    /// <summary>Numbers the row keys in use 0, 1, 2, … so that no layer is empty; attached vertices (key <see cref="long.MinValue"/>) get layer 0 for now.</summary>
    private static int[] CompressRanks(long[] keys, out int layerCount)
    {
        var used = keys.Where(k => k != long.MinValue).Distinct().Order().ToArray();
        layerCount = used.Length;
        var layers = new int[keys.Length];
        for (var v = 0; v < keys.Length; v++)
        {
            layers[v] = keys[v] == long.MinValue ? 0 : Array.BinarySearch(used, keys[v]);
        }

        return layers;
    }

    /// <summary>
    /// Per edge, the chain of vertices from its lower to its upper end, with a bend vertex on every
    /// layer in between; bend vertices are numbered after the real ones.
    /// </summary>
    private static int[][] BuildChains(LayeredGraph graph, bool[] reversed, int[] layerOfVertex, double bendWidth, out List<int> layerOf, out List<double> widths)
    {
        layerOf = [.. layerOfVertex];
        widths = [.. graph.Widths];
        var chains = new int[graph.Edges.Length][];
        for (var e = 0; e < graph.Edges.Length; e++)
        {
            var edge = graph.Edges[e];
            if (edge.From == edge.To)
            {
                chains[e] = [];
                continue;
            }

            var (low, high) = reversed[e] ? (edge.To, edge.From) : (edge.From, edge.To);
            var chain = new int[layerOfVertex[high] - layerOfVertex[low] + 1];
            chain[0] = low;
            for (var i = 1; i < chain.Length - 1; i++)
            {
                chain[i] = layerOf.Count;
                layerOf.Add(layerOfVertex[low] + i);
                widths.Add(bendWidth);
            }

            chain[^1] = high;
            chains[e] = chain;
        }

        return chains;
    }

    private static (List<int>[] Below, List<int>[] Above) Neighbours(int[][] chains, int vertexCount)
    {
        var below = new List<int>[vertexCount];
        var above = new List<int>[vertexCount];
        for (var v = 0; v < vertexCount; v++)
        {
            below[v] = [];
            above[v] = [];
        }

        foreach (var chain in chains)
        {
            for (var i = 1; i < chain.Length; i++)
            {
                below[chain[i]].Add(chain[i - 1]);
                above[chain[i - 1]].Add(chain[i]);
            }
        }

        return (below, above);
    }

    /// <summary>
    /// Orders each layer by alternating sweeps, sorting by the median of the neighbours' positions
    /// (barycentre to break ties), each sweep followed by transpositions of adjacent boxes while
    /// that removes crossings; keeps the order with the fewest crossings seen. Attached vertices
    /// take no part and are put right after their hosts at the end.
    /// </summary>
    private static int[][] OrderLayers(List<int> layerOf, int layerCount, List<int>[] below, List<int>[] above, int[] hosts, int sweeps, out int crossings)
    {
        var members = new List<int>[layerCount];
        for (var l = 0; l < layerCount; l++)
        {
            members[l] = [];
        }

        for (var v = 0; v < layerOf.Count; v++)
        {
            if (v >= hosts.Length || hosts[v] < 0)
            {
                members[layerOf[v]].Add(v);
            }
        }

        var layers = members.Select(m => m.ToArray()).ToArray();
        var position = new int[layerOf.Count];
        UpdatePositions(layers, position);
        var best = layers.Select(l => (int[])l.Clone()).ToArray();
        crossings = CountCrossings(layers, position, above);
        for (var sweep = 0; sweep < sweeps && crossings > 0; sweep++)
        {
            var upwards = sweep % 2 == 0;
            for (var step = 1; step < layerCount; step++)
            {
                var l = upwards ? step : layerCount - 1 - step;
                SortByMedian(layers[l], position, upwards ? below : above);
                UpdatePositions(layers[l], position);
            }

            Transpose(layers, position, below, above);
            var count = CountCrossings(layers, position, above);
            if (count < crossings)
            {
                crossings = count;
                best = layers.Select(l => (int[])l.Clone()).ToArray();
            }
        }

        return best.Select(layer => WithAttached(layer, hosts)).ToArray();
    }

    /// <summary>The layer with every attached vertex right after its host, in vertex order.</summary>
    private static int[] WithAttached(int[] layer, int[] hosts)
    {
        var guests = new Dictionary<int, List<int>>();
        for (var v = 0; v < hosts.Length; v++)
        {
            if (hosts[v] >= 0)
            {
                (guests.TryGetValue(hosts[v], out var list) ? list : guests[hosts[v]] = []).Add(v);
            }
        }

        var result = new List<int>(layer.Length);
        foreach (var v in layer)
        {
            result.Add(v);
            if (guests.TryGetValue(v, out var attached))
            {
                result.AddRange(attached);
            }
        }

        return [.. result];
    }

    private static void SortByMedian(int[] layer, int[] position, List<int>[] neighbours)
    {
        var median = new double[layer.Length];
        var mean = new double[layer.Length];
        for (var i = 0; i < layer.Length; i++)
        {
            var adjacent = neighbours[layer[i]].Select(w => position[w]).Order().ToArray();
            if (adjacent.Length == 0)
            {
                median[i] = mean[i] = i;
                continue;
            }

            var middle = adjacent.Length / 2;
            median[i] = adjacent.Length % 2 == 1 ? adjacent[middle] : (adjacent[middle - 1] + adjacent[middle]) / 2.0;
            mean[i] = adjacent.Average();
        }

        var sorted = Enumerable.Range(0, layer.Length).OrderBy(i => median[i]).ThenBy(i => mean[i]).ThenBy(i => i).Select(i => layer[i]).ToArray();
        sorted.CopyTo(layer, 0);
    }

    /// <summary>Swaps neighbouring boxes of a layer while that lowers the crossings with the layers below and above.</summary>
    private static void Transpose(int[][] layers, int[] position, List<int>[] below, List<int>[] above)
    {
        for (var round = 0; round < 8; round++)
        {
            var improved = false;
            foreach (var layer in layers)
            {
                for (var i = 0; i + 1 < layer.Length; i++)
                {
                    var (u, v) = (layer[i], layer[i + 1]);
                    var now = PairCrossings(u, v, position, below) + PairCrossings(u, v, position, above);
                    var swapped = PairCrossings(v, u, position, below) + PairCrossings(v, u, position, above);
                    if (swapped < now)
                    {
                        (layer[i], layer[i + 1]) = (v, u);
                        position[v] = i;
                        position[u] = i + 1;
                        improved = true;
                    }
                }
            }

            if (!improved)
            {
                return;
            }
        }
    }

    /// <summary>Crossings between the edges of <paramref name="left"/> and <paramref name="right"/> to one neighbouring layer when <paramref name="left"/> is left of <paramref name="right"/>.</summary>
    private static int PairCrossings(int left, int right, int[] position, List<int>[] neighbours)
    {
        var count = 0;
        foreach (var a in neighbours[left])
        {
            foreach (var b in neighbours[right])
            {
                if (position[a] > position[b])
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// Splits every layer whose boxes do not fit in <paramref name="available"/> pixels into
    /// several rows, cutting it in its chosen order (left part on top); returns whether any was split.
    /// </summary>
    private static bool SplitWideRows(int[][] layers, int vertexCount, List<double> widths, int[] hosts, double available, double gap, int[] layerOfVertex, ref int layerCount)
    {
        var rowsOf = new List<List<int>>[layers.Length];
        var split = false;
        for (var l = 0; l < layers.Length; l++)
        {
            var rows = new List<List<int>> { new() };
            double used = 0;
            foreach (var v in layers[l].Where(v => v >= vertexCount || hosts[v] < 0))
            {
                if (v >= vertexCount)
                {
                    used += widths[v] + (gap / 4);
                    continue;
                }

                var block = widths[v] + Enumerable.Range(0, hosts.Length).Where(g => hosts[g] == v).Sum(g => widths[g] + gap);
                if (rows[^1].Count > 0 && used + gap + block > available)
                {
                    rows.Add([]);
                    used = 0;
                    split = true;
                }

                used += (rows[^1].Count > 0 ? gap : 0) + block;
                rows[^1].Add(v);
            }

            rowsOf[l] = rows;
        }

        if (!split)
        {
            return false;
        }

        var next = 0;
        for (var l = 0; l < layers.Length; l++)
        {
            var rows = rowsOf[l];
            for (var r = 0; r < rows.Count; r++)
            {
                foreach (var v in rows[r])
                {
                    layerOfVertex[v] = next + (rows.Count - 1 - r);
                }
            }

            next += rows.Count;
        }

        for (var v = 0; v < hosts.Length; v++)
        {
            if (hosts[v] >= 0)
            {
                layerOfVertex[v] = layerOfVertex[hosts[v]];
            }
        }

        layerCount = next;
        return true;
    }

    private static void UpdatePositions(int[][] layers, int[] position)
    {
        foreach (var layer in layers)
        {
            UpdatePositions(layer, position);
        }
    }

    private static void UpdatePositions(int[] layer, int[] position)
    {
        for (var i = 0; i < layer.Length; i++)
        {
            position[layer[i]] = i;
        }
    }

    /// <summary>
    /// Counts crossings between each pair of adjacent layers as inversions of the upper ends when
    /// the segments are sorted by their lower ends (a Fenwick tree makes this O(E log V)).
    /// </summary>
    internal static int CountCrossings(int[][] layers, int[] position, List<int>[] above)
    {
        var total = 0;
        for (var l = 0; l + 1 < layers.Length; l++)
        {
            var segments = new List<(int Lower, int Upper)>();
            foreach (var v in layers[l])
            {
                foreach (var w in above[v])
                {
                    segments.Add((position[v], position[w]));
                }
            }

            segments.Sort();
            var tree = new int[layers[l + 1].Length + 1];
            var seen = 0;
            foreach (var (_, upper) in segments)
            {
                var notGreater = 0;
                for (var i = upper + 1; i > 0; i -= i & -i)
                {
                    notGreater += tree[i];
                }

                total += seen - notGreater;
                seen++;
                for (var i = upper + 1; i < tree.Length; i += i & -i)
                {
                    tree[i]++;
                }
            }
        }

        return total;
    }

    /// <summary>
    /// Packs each layer left to right, then repeatedly pulls every box towards the mean of its
    /// neighbours' positions while keeping the order and the minimum gap in each layer (a quarter of
    /// the gap next to a bend point). With a maximum width, every layer that fits is kept inside it.
    /// </summary>
    private static double[] PlaceHorizontally(int[][] layers, List<double> widths, List<int>[] below, List<int>[] above, int[] hosts, LayeredLayoutSettings settings)
    {
        var x = new double[widths.Count];
        var spacing = new Spacing(widths, hosts.Length, settings.NodeGap, settings.Margin, settings.MaximumWidth);
        foreach (var layer in layers)
        {
            spacing.Separate(layer, new double[layer.Length], x);
        }

        for (var round = 0; round < settings.PlacementRounds; round++)
        {
            foreach (var layer in round % 2 == 0 ? layers : layers.Reverse())
            {
                var desired = new double[layer.Length];
                for (var i = 0; i < layer.Length; i++)
                {
                    var v = layer[i];
                    var count = below[v].Count + above[v].Count;
                    desired[i] = v < hosts.Length && hosts[v] >= 0 ? x[hosts[v]] + ((widths[hosts[v]] + widths[v]) / 2) + settings.NodeGap
                        : count == 0 ? x[v] : (below[v].Sum(w => x[w]) + above[v].Sum(w => x[w])) / count;
                }

                spacing.Separate(layer, desired, x);
            }
        }

        var left = double.PositiveInfinity;
        for (var v = 0; v < x.Length; v++)
        {
            left = Math.Min(left, x[v] - (widths[v] / 2));
        }

        var shift = x.Length == 0 ? 0 : settings.Margin - left;
        for (var v = 0; v < x.Length; v++)
        {
            x[v] += shift;
        }

        return x;
    }

    /// <summary>The horizontal spacing rules of one layout: gaps between boxes and bend points, and the bounds of a row.</summary>
    private sealed class Spacing(List<double> widths, int vertexCount, double gap, double margin, double? maximumWidth)
    {
        /// <summary>
        /// Places the boxes of one layer as close to <paramref name="desired"/> as a left-to-right
        /// push allows, then shifts the whole layer so that on average it sits where it is wanted,
        /// and back inside the maximum width when it fits there.
        /// </summary>
        public void Separate(int[] layer, double[] desired, double[] x)
        {
            if (layer.Length == 0)
            {
                return;
            }

            var need = new double[layer.Length];
            for (var i = 1; i < layer.Length; i++)
            {
                var (previous, v) = (layer[i - 1], layer[i]);
                need[i] = ((widths[previous] + widths[v]) / 2) + (previous >= vertexCount || v >= vertexCount ? gap / 4 : gap);
            }

            var packed = ((widths[layer[0]] + widths[layer[^1]]) / 2) + need.Sum();
            if (maximumWidth is { } maximum && packed <= maximum - (2 * margin))
            {
                // Push left to right above the packed-from-the-left bound, then right to left below the packed-from-the-right bound.
                var lower = margin + (widths[layer[0]] / 2);
                for (var i = 0; i < layer.Length; i++)
                {
                    lower += need[i];
                    x[layer[i]] = Math.Max(desired[i], i == 0 ? lower : Math.Max(lower, x[layer[i - 1]] + need[i]));
                }

                var upper = maximum - margin - (widths[layer[^1]] / 2);
                for (var i = layer.Length - 1; i >= 0; i--)
                {
                    x[layer[i]] = Math.Min(x[layer[i]], i == layer.Length - 1 ? upper : Math.Min(upper, x[layer[i + 1]] - need[i + 1]));
                    upper -= i > 0 ? need[i] : 0;
                }

                return;
            }

            double offset = 0;
            for (var i = 0; i < layer.Length; i++)
            {
                var v = layer[i];
                x[v] = i == 0 ? desired[i] : Math.Max(desired[i], x[layer[i - 1]] + need[i]);
                offset += desired[i] - x[v];
            }

            offset /= layer.Length;
            foreach (var v in layer)
            {
                x[v] += offset;
            }
        }
    }
}
