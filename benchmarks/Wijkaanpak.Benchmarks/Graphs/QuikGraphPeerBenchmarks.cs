using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.Search;
using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Benchmarks.Graphs;

/// <summary>
/// Our graph core against QuikGraph in the same process on the same graphs (issue 18): a
/// generated stakeholder network of N vertices and 10·N weighted relations, built, searched for
/// strongly and weakly connected components, breadth-first searched and Dijkstra'd from vertex 0;
/// and a DAG of the same size (every edge from the lower to the higher vertex) sorted
/// topologically. Each category has ours as baseline, so the Ratio column is QuikGraph's time
/// over ours. "QuikGraph on our view" runs QuikGraph's algorithm on the zero-copy
/// <see cref="BidirectionalGraphView{TVertex, TEdge}"/> of our graph.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QuikGraphPeerBenchmarks
{
    private const int Seed = 42;

    // QuikGraph's third constructor argument is the capacity of each vertex's edge list, not the total.
    private const int EdgesPerVertex = 10;
    private int[] _sources = [];
    private int[] _targets = [];
    private double[] _weights = [];
    private int[] _dagSources = [];
    private int[] _dagTargets = [];
    private CompactGraph _ours = null!;
    private CompactGraph _oursDag = null!;
    private BidirectionalGraph<int, TaggedEdge<int, double>> _theirs = null!;
    private BidirectionalGraph<int, SEquatableEdge<int>> _theirsDag = null!;

    /// <summary>The sizes: 10k, 100k and 1M vertices, or the comma-separated list in WIJKAANPAK_BENCH_NODES (to run one size on a busy machine).</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("WIJKAANPAK_BENCH_NODES") is { Length: > 0 } list
            ? list.Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture))
            : [10_000, 100_000, 1_000_000];

    [ParamsSource(nameof(Sizes))]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var network = StakeholderNetworkGenerator.Generate(Nodes, EdgesPerVertex * Nodes, Seed);
        _sources = network.Sources.ToArray();
        _targets = network.Targets.ToArray();
        _weights = network.Weights.ToArray();
        // The DAG: every relation turned to run from the lower to the higher vertex, self loops left out.
        var forward = Enumerable.Range(0, _sources.Length).Where(i => _sources[i] != _targets[i]).ToArray();
        _dagSources = [.. forward.Select(i => Math.Min(_sources[i], _targets[i]))];
        _dagTargets = [.. forward.Select(i => Math.Max(_sources[i], _targets[i]))];
        _ours = BuildOurs();
        _oursDag = CompactGraph.FromEdges(Nodes, _dagSources, _dagTargets);
        _theirs = BuildQuikGraph();
        _theirsDag = new BidirectionalGraph<int, SEquatableEdge<int>>(allowParallelEdges: true, Nodes, EdgesPerVertex);
        _theirsDag.AddVertexRange(Enumerable.Range(0, Nodes));
        for (var i = 0; i < _dagSources.Length; i++)
        {
            _theirsDag.AddEdge(new SEquatableEdge<int>(_dagSources[i], _dagTargets[i]));
        }

        Console.WriteLine($"// {Nodes} vertices, {_ours.EdgeCount} edges; DAG {_oursDag.EdgeCount} edges; load average {LoadAverage()}");
    }

    [GlobalCleanup]
    public void Cleanup() => Console.WriteLine($"// load average after: {LoadAverage()}");

    [BenchmarkCategory("Build"), Benchmark(Baseline = true, Description = "ours: CompactGraph.FromEdges (weighted, out + in)")]
    public CompactGraph BuildOurs() => CompactGraph.FromEdges(Nodes, _sources, _targets, _weights);

    [BenchmarkCategory("Build"), Benchmark(Description = "QuikGraph: BidirectionalGraph<int, TaggedEdge<int, double>>")]
    public BidirectionalGraph<int, TaggedEdge<int, double>> BuildQuikGraph()
    {
        var graph = new BidirectionalGraph<int, TaggedEdge<int, double>>(allowParallelEdges: true, Nodes, EdgesPerVertex);
        graph.AddVertexRange(Enumerable.Range(0, Nodes));
        for (var i = 0; i < _sources.Length; i++)
        {
            graph.AddEdge(new TaggedEdge<int, double>(_sources[i], _targets[i], _weights[i]));
        }

        return graph;
    }

    [BenchmarkCategory("SCC"), Benchmark(Baseline = true, Description = "ours: StronglyConnectedComponents.Compute")]
    public int StronglyConnectedOurs() => StronglyConnectedComponents.Compute(_ours).ComponentCount;

    [BenchmarkCategory("SCC"), Benchmark(Description = "QuikGraph: StronglyConnectedComponents")]
    public int StronglyConnectedQuikGraph() => _theirs.StronglyConnectedComponents(new Dictionary<int, int>(Nodes));

    [BenchmarkCategory("SCC"), Benchmark(Description = "QuikGraph on our view: StronglyConnectedComponents")]
    public int StronglyConnectedQuikGraphOnView() => _ours.AsBidirectionalGraph().StronglyConnectedComponents(new Dictionary<int, int>(Nodes));

    [BenchmarkCategory("Weak components"), Benchmark(Baseline = true, Description = "ours: WeaklyConnectedComponents.Compute")]
    public int WeakOurs() => WeaklyConnectedComponents.Compute(_ours).ComponentCount;

    [BenchmarkCategory("Weak components"), Benchmark(Description = "QuikGraph: WeaklyConnectedComponents")]
    public int WeakQuikGraph() => _theirs.WeaklyConnectedComponents(new Dictionary<int, int>(Nodes));

    [BenchmarkCategory("Topological sort"), Benchmark(Baseline = true, Description = "ours: TopologicalOrder.Compute (Kahn)")]
    public int TopologicalOurs() => TopologicalOrder.Compute(_oursDag).Order.Length;

    [BenchmarkCategory("Topological sort"), Benchmark(Description = "QuikGraph: TopologicalSort (depth first)")]
    public int TopologicalQuikGraph() => _theirsDag.TopologicalSort().Count();

    [BenchmarkCategory("BFS"), Benchmark(Baseline = true, Description = "ours: Reachability.Forward from vertex 0")]
    public int BreadthFirstOurs() => Reachability.Forward(_ours, [0]).Count;

    [BenchmarkCategory("BFS"), Benchmark(Description = "QuikGraph: BreadthFirstSearchAlgorithm from vertex 0")]
    public int BreadthFirstQuikGraph()
    {
        var search = new BreadthFirstSearchAlgorithm<int, TaggedEdge<int, double>>(_theirs);
        var discovered = 0;
        search.DiscoverVertex += _ => discovered++;
        search.Compute(0);
        return discovered;
    }

    [BenchmarkCategory("Dijkstra"), Benchmark(Baseline = true, Description = "ours: ShortestPaths.From (weighted) from vertex 0")]
    public double DijkstraOurs() => ShortestPaths.From(_ours, 0, useWeights: true).Distances[^1];

    [BenchmarkCategory("Dijkstra"), Benchmark(Description = "QuikGraph: ShortestPathsDijkstra from vertex 0")]
    public bool DijkstraQuikGraph() => _theirs.ShortestPathsDijkstra(e => e.Tag, 0)(Nodes - 1, out _);

    [BenchmarkCategory("Dijkstra"), Benchmark(Description = "QuikGraph on our view: ShortestPathsDijkstra from vertex 0")]
    public bool DijkstraQuikGraphOnView() => _ours.AsBidirectionalGraph().ShortestPathsDijkstra(e => e.Weight, 0)(Nodes - 1, out _);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
