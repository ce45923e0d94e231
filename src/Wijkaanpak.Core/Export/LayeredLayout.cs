using System.Runtime.InteropServices;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// A Sugiyama-style layered layout for a doel-middel graph: edges are oriented upwards (cycles
/// broken by reversing the back edges of a depth-first search), vertices get the longest-path
/// layer at or above their minimum rank, long edges get bend points on the layers they cross,
/// barycentre sweeps reduce crossings, and boxes are pulled towards their neighbours without
/// overlapping. Every step is iterative and deterministic: the same graph gives the same drawing.
/// </summary>
internal static class LayeredLayout
{
    /// <summary>Lays out <paramref name="graph"/>.</summary>
    /// <param name="graph">Vertices (dense numbers in the caller's order) and edges.</param>
    /// <param name="settings">Spacing and effort.</param>
    public static LayeredDrawing Compute(LayeredGraph graph, LayeredLayoutSettings settings)
    {
        var edges = graph.Edges;
        var reversed = OrientEdges(graph);
        var ranks = LongestPathRanks(graph, reversed);
        var layerOfVertex = CompressRanks(ranks, out var layerCount);
        var chains = BuildChains(graph, reversed, layerOfVertex, out var layerOf, out var widths);
        var (below, above) = Neighbours(chains, layerOf.Count);
        var layers = OrderLayers(layerOf, layerCount, below, above, settings.OrderingSweeps, out var crossings);
        var x = PlaceHorizontally(layers, widths, below, above, settings);

        var totalHeight = (2 * settings.Margin) + (layerCount * settings.NodeHeight) + (Math.Max(0, layerCount - 1) * settings.LayerGap);
        var y = new double[layerOf.Count];
        for (var v = 0; v < y.Length; v++)
        {
            y[v] = settings.Margin + (settings.NodeHeight / 2) + ((layerCount - 1 - layerOf[v]) * (settings.NodeHeight + settings.LayerGap));
        }

        var width = 2 * settings.Margin;
        for (var v = 0; v < x.Length; v++)
        {
            width = Math.Max(width, x[v] + (widths[v] / 2) + settings.Margin);
        }

        var centres = new LayoutPoint[graph.VertexCount];
        for (var v = 0; v < centres.Length; v++)
        {
            centres[v] = new LayoutPoint(x[v], y[v]);
        }

        var routes = new EdgeRoute[edges.Length];
        for (var e = 0; e < edges.Length; e++)
        {
            var chain = chains[e];
            var points = new LayoutPoint[chain.Length];
            for (var i = 0; i < chain.Length; i++)
            {
                points[i] = new LayoutPoint(x[chain[i]], y[chain[i]]);
            }

            if (reversed[e])
            {
                Array.Reverse(points);
            }

            routes[e] = new EdgeRoute(points, reversed[e]);
        }

        return new LayeredDrawing(layerOfVertex, centres, routes, layerCount, width, totalHeight, crossings);
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

    /// <summary>Rank of every vertex: the longest upward path below it, but at least its minimum rank.</summary>
    private static int[] LongestPathRanks(LayeredGraph graph, bool[] reversed)
    {
        var upward = Upward(graph, reversed);
        var ranks = (int[])graph.MinimumRank.Clone();
        foreach (var v in TopologicalOrder.Compute(upward).Order)
        {
            foreach (var w in upward.OutNeighbors(v))
            {
                ranks[w] = Math.Max(ranks[w], ranks[v] + 1);
            }
        }

        return ranks;
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

    /// <summary>Numbers the ranks in use 0, 1, 2, … so that no layer is empty.</summary>
    private static int[] CompressRanks(int[] ranks, out int layerCount)
    {
        var used = ranks.Distinct().Order().ToArray();
        layerCount = used.Length;
        var layers = new int[ranks.Length];
        for (var v = 0; v < ranks.Length; v++)
        {
            layers[v] = Array.BinarySearch(used, ranks[v]);
        }

        return layers;
    }

    /// <summary>
    /// Per edge, the chain of vertices from its lower to its upper end, with a bend vertex on every
    /// layer in between; bend vertices are numbered after the real ones.
    /// </summary>
    private static int[][] BuildChains(LayeredGraph graph, bool[] reversed, int[] layerOfVertex, out List<int> layerOf, out List<double> widths)
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
                widths.Add(0);
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
    /// Orders each layer by alternating barycentre sweeps and keeps the order with the fewest
    /// crossings seen.
    /// </summary>
    private static int[][] OrderLayers(List<int> layerOf, int layerCount, List<int>[] below, List<int>[] above, int sweeps, out int crossings)
    {
        var members = new List<int>[layerCount];
        for (var l = 0; l < layerCount; l++)
        {
            members[l] = [];
        }

        for (var v = 0; v < layerOf.Count; v++)
        {
            members[layerOf[v]].Add(v);
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
                SortByBarycentre(layers[l], position, upwards ? below : above);
                UpdatePositions(layers[l], position);
            }

            var count = CountCrossings(layers, position, above);
            if (count < crossings)
            {
                crossings = count;
                best = layers.Select(l => (int[])l.Clone()).ToArray();
            }
        }

        return best;
    }

    private static void SortByBarycentre(int[] layer, int[] position, List<int>[] neighbours)
    {
        var keys = new double[layer.Length];
        for (var i = 0; i < layer.Length; i++)
        {
            var adjacent = neighbours[layer[i]];
            if (adjacent.Count == 0)
            {
                keys[i] = i;
                continue;
            }

            double sum = 0;
            foreach (var w in adjacent)
            {
                sum += position[w];
            }

            keys[i] = sum / adjacent.Count;
        }

        var order = Enumerable.Range(0, layer.Length).OrderBy(i => keys[i]).ThenBy(i => i).ToArray();
        var sorted = order.Select(i => layer[i]).ToArray();
        sorted.CopyTo(layer, 0);
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
    /// neighbours' positions while keeping the order and the minimum gap in each layer.
    /// </summary>
    private static double[] PlaceHorizontally(int[][] layers, List<double> widths, List<int>[] below, List<int>[] above, LayeredLayoutSettings settings)
    {
        var x = new double[widths.Count];
        foreach (var layer in layers)
        {
            var desired = new double[layer.Length];
            Separate(layer, desired, x, widths, settings.NodeGap);
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
                    desired[i] = count == 0 ? x[v] : (below[v].Sum(w => x[w]) + above[v].Sum(w => x[w])) / count;
                }

                Separate(layer, desired, x, widths, settings.NodeGap);
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

    /// <summary>
    /// Places the boxes of one layer as close to <paramref name="desired"/> as a left-to-right
    /// push allows, then shifts the whole layer so that on average it sits where it is wanted.
    /// </summary>
    private static void Separate(int[] layer, double[] desired, double[] x, List<double> widths, double gap)
    {
        if (layer.Length == 0)
        {
            return;
        }

        double offset = 0;
        for (var i = 0; i < layer.Length; i++)
        {
            var v = layer[i];
            var place = desired[i];
            if (i > 0)
            {
                var previous = layer[i - 1];
                place = Math.Max(place, x[previous] + ((widths[previous] + widths[v]) / 2) + gap);
            }

            x[v] = place;
            offset += desired[i] - place;
        }

        offset /= layer.Length;
        foreach (var v in layer)
        {
            x[v] += offset;
        }
    }
}
