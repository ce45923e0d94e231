using BenchmarkDotNet.Attributes;
using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Benchmarks.Networks;

/// <summary>
/// How fast are the stakeholder-network metrics at 10k, 100k and 1M stakeholders with ten
/// relations each (10M at the top), and how much memory does the graph take per edge? The graphs
/// are those of <c>wijkaanpak generate stakeholders --nodes N --edges 10N --seed 42</c>; the peers
/// (NetworkX, igraph) run on the same edge lists through <c>benchmarks/peers/run-peers.sh</c>,
/// which runs this class in the same session.
/// </summary>
[MemoryDiagnoser]
public class NetworkBenchmarks
{
    private const int Seed = 42;
    private StakeholderNetwork _network = null!;
    private CompactGraph _directed = null!;
    private CompactGraph _undirected = null!;

    /// <summary>The sizes to run: those in the environment variable <c>WIJKAANPAK_BENCH_NODES</c> (comma-separated, as <c>run-peers.sh</c> sets it to run one size between the peers' runs), else 10k, 100k and 1M.</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("WIJKAANPAK_BENCH_NODES") is { Length: > 0 } sizes
            ? sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [10_000, 100_000, 1_000_000];

    [ParamsSource(nameof(Sizes))]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _network = StakeholderNetworkGenerator.Generate(Nodes, 10 * Nodes, (ulong)Seed);
        _directed = StakeholderGraph.Build(_network).Graph;
        _undirected = _directed.ToUndirected();
        Console.WriteLine($"// Directed weighted stakeholder graph: {_directed.SizeInBytes} bytes for {_directed.EdgeCount} edges = {(double)_directed.SizeInBytes / _directed.EdgeCount:F2} bytes per edge, vertex offsets included.");
    }

    [Benchmark]
    public CompactGraph Build() => CompactGraph.FromEdges(Nodes, _network.Sources, _network.Targets, _network.Weights);

    [Benchmark]
    public PageRankResult PageRank() => Wijkaanpak.Core.Networks.PageRank.Compute(_directed);

    [Benchmark]
    public int Components() => WeaklyConnectedComponents.Compute(_directed).ComponentCount;

    [Benchmark]
    public int Communities() => Louvain.Detect(_undirected, new LouvainOptions { Seed = Seed }).CommunityCount;

    [Benchmark]
    public BetweennessResult BetweennessSampled() => Betweenness.Approximate(_undirected, 64, Seed);
}
