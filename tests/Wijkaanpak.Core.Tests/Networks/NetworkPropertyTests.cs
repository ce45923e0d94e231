using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Networks;
using Wijkaanpak.Core.Tests.Graphs;

namespace Wijkaanpak.Core.Tests.Networks;

public class NetworkPropertyTests
{
    private static int ComponentsWithout(CompactGraph graph, Func<Edge, bool> keep, int? removedVertex = null)
    {
        var edges = graph.Edges.Where(e => keep(e) && e.Source != removedVertex && e.Target != removedVertex).ToArray();
        var rest = CompactGraph.FromEdges(graph.VertexCount, [.. edges.Select(e => e.Source)], [.. edges.Select(e => e.Target)]);
        return WeaklyConnectedComponents.Compute(rest).ComponentCount - (removedVertex is null ? 0 : 1);
    }

    [Fact]
    public void PageRank_scores_are_positive_and_sum_to_one_on_any_graph()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var scores = PageRank.Compute(c.ToGraph(), new PageRankOptions { Tolerance = 1e-10, MaxIterations = 1000 }).Scores;
            return Math.Abs(scores.Sum() - 1) < 1e-9 && scores.All(s => s > 0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Exactly_the_bridges_disconnect_the_network_when_removed()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var graph = c.ToGraph().ToUndirected();
            var bridges = Brokers.Compute(graph).Bridges.ToHashSet();
            var before = WeaklyConnectedComponents.Compute(graph).ComponentCount;
            return graph.Edges.Where(e => e.Source < e.Target).All(edge =>
            {
                var after = ComponentsWithout(graph, e => !(Math.Min(e.Source, e.Target) == edge.Source && Math.Max(e.Source, e.Target) == edge.Target));
                return bridges.Contains(new UndirectedEdge(edge.Source, edge.Target)) == (after > before);
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Exactly_the_articulation_points_split_their_component_when_removed()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var graph = c.ToGraph().ToUndirected();
            var points = Brokers.Compute(graph).ArticulationPoints.ToHashSet();
            var before = WeaklyConnectedComponents.Compute(graph).ComponentCount;
            return graph.Vertices.All(v =>
            {
                var isolated = graph.OutNeighbors(v).ToArray().All(w => w == v);
                var after = ComponentsWithout(graph, _ => true, v) + (isolated ? 1 : 0);
                return points.Contains(v) == (after > before);
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_vertex_of_the_k_core_has_at_least_k_neighbours_inside_it_and_no_larger_core_exists()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var graph = c.ToGraph().ToUndirected();
            var cores = KCore.Compute(graph);
            return Enumerable.Range(0, cores.Degeneracy + 2).All(k =>
            {
                var members = cores.KCore(k).ToHashSet();
                return members.All(v => graph.OutNeighbors(v).ToArray().Count(w => w != v && members.Contains(w)) >= k)
                    && NaiveCore(graph, k).SetEquals(members);
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Sampling_every_vertex_as_a_pivot_is_exact_and_exact_betweenness_matches_brute_force()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var graph = c.ToGraph().ToUndirected();
            var scores = Betweenness.Exact(graph, new BetweennessOptions { Normalized = false }).Scores;
            var brute = BruteForceBetweenness(graph);
            return Enumerable.Range(0, graph.VertexCount).All(v => Math.Abs(scores[v] - brute[v]) < 1e-9);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Louvain_never_reports_a_modularity_below_that_of_all_singletons()
    {
        Prop.ForAll(GraphCase.Any(), c =>
        {
            var graph = c.ToGraph();
            var result = Louvain.Detect(graph);
            var singletons = Louvain.Modularity(graph, [.. Enumerable.Range(0, graph.VertexCount)]);
            return result.Modularity >= singletons - 1e-12 && result.CommunityOf.All(x => x < result.CommunityCount);
        }).QuickCheckThrowOnFailure();
    }

    private static HashSet<int> NaiveCore(CompactGraph graph, int k)
    {
        var alive = graph.Vertices.ToHashSet();
        bool removed;
        do
        {
            var drop = alive.Where(v => graph.OutNeighbors(v).ToArray().Count(w => w != v && alive.Contains(w)) < k).ToArray();
            removed = drop.Length > 0;
            alive.ExceptWith(drop);
        }
        while (removed);
        return alive;
    }

    /// <summary>Unordered pairs {s, t}: the share of shortest s–t paths through v, found by counting paths from both ends.</summary>
    private static double[] BruteForceBetweenness(CompactGraph graph)
    {
        var n = graph.VertexCount;
        var distance = new int[n, n];
        var paths = new double[n, n];
        for (var s = 0; s < n; s++)
        {
            var tree = ShortestPaths.From(graph, s);
            var order = Enumerable.Range(0, n).Where(tree.CanReach).OrderBy(v => tree.Distances[v]).ToArray();
            for (var v = 0; v < n; v++)
            {
                distance[s, v] = tree.CanReach(v) ? (int)tree.Distances[v] : -1;
            }

            paths[s, s] = 1;
            foreach (var v in order.Skip(1))
            {
                paths[s, v] = graph.InNeighbors(v).ToArray().Where(u => u != v && distance[s, u] == distance[s, v] - 1).Sum(u => paths[s, u]);
            }
        }

        var result = new double[n];
        for (var s = 0; s < n; s++)
        {
            for (var t = s + 1; t < n; t++)
            {
                for (var v = 0; v < n; v++)
                {
                    if (v != s && v != t && distance[s, t] > 0 && distance[s, v] > 0 && distance[v, t] > 0 && distance[s, v] + distance[v, t] == distance[s, t])
                    {
                        result[v] += paths[s, v] * paths[v, t] / paths[s, t];
                    }
                }
            }
        }

        return result;
    }
}
