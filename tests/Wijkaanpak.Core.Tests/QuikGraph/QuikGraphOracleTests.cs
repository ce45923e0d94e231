using FsCheck;
using FsCheck.Fluent;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.Search;
using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Networks;
using Wijkaanpak.Core.Tests.Graphs;

namespace Wijkaanpak.Core.Tests.QuikGraph;

/// <summary>Our graph algorithms against QuikGraph's on random graphs: QuikGraph as the oracle.</summary>
public sealed class QuikGraphOracleTests
{
    /// <summary>Random directed graphs of up to 200 vertices with up to four edges per vertex, self loops and parallel edges included, integer weights 1–10.</summary>
    private static Arbitrary<(CompactGraph Graph, string Text)> Larger() => Arb.From(
        from n in Gen.Choose(1, 200)
        from m in Gen.Choose(0, 4 * n)
        from sources in Gen.Choose(0, n - 1).ArrayOf(m)
        from targets in Gen.Choose(0, n - 1).ArrayOf(m)
        from weights in Gen.Choose(1, 10).ArrayOf(m)
        select (CompactGraph.FromEdges(n, sources, targets, [.. weights.Select(w => (double)w)]),
            $"{n} vertices: " + string.Join(", ", sources.Select((s, i) => $"{s}->{targets[i]} ({weights[i]})"))));

    private static bool SamePartition(CompactGraph graph, Func<int, int> ours, Dictionary<int, int> theirs) =>
        graph.Vertices.All(u => graph.Vertices.All(v => (ours(u) == ours(v)) == (theirs[u] == theirs[v])));

    [Fact]
    public void Strongly_connected_components_are_QuikGraphs()
    {
        Prop.ForAll(GraphCase.Any(), c => Check(c.ToGraph())).QuickCheckThrowOnFailure();
        Prop.ForAll(Larger(), c => Check(c.Graph)).QuickCheckThrowOnFailure();

        static bool Check(CompactGraph graph)
        {
            var ours = StronglyConnectedComponents.Compute(graph);
            var theirs = new Dictionary<int, int>();
            var count = graph.AsBidirectionalGraph().StronglyConnectedComponents(theirs);
            return count == ours.Partition.ComponentCount && SamePartition(graph, ours.ComponentOf, theirs);
        }
    }

    [Fact]
    public void Weak_components_are_QuikGraphs()
    {
        Prop.ForAll(GraphCase.Any(), c => Check(c.ToGraph())).QuickCheckThrowOnFailure();
        Prop.ForAll(Larger(), c => Check(c.Graph)).QuickCheckThrowOnFailure();

        static bool Check(CompactGraph graph)
        {
            var ours = WeaklyConnectedComponents.Compute(graph);
            var theirs = new Dictionary<int, int>();
            var count = graph.AsBidirectionalGraph().WeaklyConnectedComponents(theirs);
            var undirected = new Dictionary<int, int>();
            var undirectedCount = graph.AsUndirectedGraph().ConnectedComponents(undirected);
            return count == ours.ComponentCount && SamePartition(graph, ours.ComponentOf, theirs)
                && undirectedCount == ours.ComponentCount && SamePartition(graph, ours.ComponentOf, undirected);
        }
    }

    [Fact]
    public void Topological_order_exists_exactly_when_QuikGraph_finds_the_graph_acyclic_and_respects_every_edge()
    {
        Prop.ForAll(GraphCase.Any(), c => Check(c.ToGraph())).QuickCheckThrowOnFailure();
        Prop.ForAll(GraphCase.Acyclic(), c => Check(c.ToGraph()) && TopologicalOrder.Compute(c.ToGraph()).IsAcyclic).QuickCheckThrowOnFailure();

        static bool Check(CompactGraph graph)
        {
            var ours = TopologicalOrder.Compute(graph);
            var view = graph.AsBidirectionalGraph();
            if (ours.IsAcyclic != view.IsDirectedAcyclicGraph())
            {
                return false;
            }

            if (!ours.IsAcyclic)
            {
                return true;
            }

            // Both orders are valid topological orders of the same vertices.
            var theirs = view.TopologicalSort().ToArray();
            return Respects(graph, ours.Order.ToArray()) && Respects(graph, theirs);
        }

        static bool Respects(CompactGraph graph, int[] order)
        {
            var position = new int[graph.VertexCount];
            Array.Fill(position, -1);
            for (var i = 0; i < order.Length; i++)
            {
                position[order[i]] = i;
            }

            return order.Length == graph.VertexCount && position.All(p => p >= 0)
                && graph.Edges.All(e => position[e.Source] < position[e.Target]);
        }
    }

    [Fact]
    public void Forward_and_backward_reachability_are_QuikGraphs_breadth_first_search()
    {
        Prop.ForAll(Larger(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (c, seed) =>
        {
            var graph = c.Graph;
            var source = seed % graph.VertexCount;
            var view = graph.AsBidirectionalGraph();
            var search = new BreadthFirstSearchAlgorithm<int, Edge>(view);
            var discovered = new HashSet<int>();
            search.DiscoverVertex += v => discovered.Add(v);
            search.Compute(source);
            var forward = Reachability.Forward(graph, [source]);

            var reversed = CompactGraph.FromEdges(graph.VertexCount, [.. graph.Edges.Select(e => e.Target)], [.. graph.Edges.Select(e => e.Source)]);
            var backSearch = new BreadthFirstSearchAlgorithm<int, Edge>(reversed.AsBidirectionalGraph());
            var reaching = new HashSet<int>();
            backSearch.DiscoverVertex += v => reaching.Add(v);
            backSearch.Compute(source);
            var backward = Reachability.Backward(graph, [source]);

            return forward.Count == discovered.Count && discovered.All(forward.Contains)
                && backward.Count == reaching.Count && reaching.All(backward.Contains);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Shortest_path_distances_are_QuikGraphs_Dijkstra_and_breadth_first_distances()
    {
        Prop.ForAll(Larger(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (c, seed) =>
        {
            var graph = c.Graph;
            var source = seed % graph.VertexCount;
            var view = graph.AsBidirectionalGraph();
            var weighted = ShortestPaths.From(graph, source, useWeights: true);
            var hops = ShortestPaths.From(graph, source, useWeights: false);
            var dijkstra = view.ShortestPathsDijkstra(e => e.Weight, source);
            var unit = view.ShortestPathsDijkstra(_ => 1.0, source);

            return graph.Vertices.All(v =>
            {
                if (v == source)
                {
                    return weighted.Distances[v] == 0 && hops.Distances[v] == 0;
                }

                var reached = dijkstra(v, out var path);
                unit(v, out var unitPath);
                return reached == weighted.CanReach(v) && reached == hops.CanReach(v)
                    && (!reached || (path.Sum(e => e.Weight) == weighted.Distances[v] && unitPath.Count() == hops.Distances[v]));
            });
        }).QuickCheckThrowOnFailure();
    }
}
