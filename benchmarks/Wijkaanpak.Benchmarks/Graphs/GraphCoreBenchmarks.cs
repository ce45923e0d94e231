using BenchmarkDotNet.Attributes;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Benchmarks.Graphs;

/// <summary>
/// How fast is the CSR graph core built and traversed at 100k and 1M vertices with about three
/// edges per vertex, and how much memory does it take per edge? The peer in the same run is the
/// representation one writes without a graph core: a <c>List&lt;int&gt;</c> of targets per vertex.
/// </summary>
[MemoryDiagnoser]
public class GraphCoreBenchmarks
{
    private int[] _sources = [];
    private int[] _targets = [];
    private double[] _weights = [];
    private CompactGraph _graph = null!;
    private CompactGraph _dag = null!;

    [Params(100_000, 1_000_000)]
    public int VertexCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_240_501);
        var edgeCount = 3 * VertexCount;
        _sources = new int[edgeCount];
        _targets = new int[edgeCount];
        _weights = new double[edgeCount];
        var dagSources = new int[edgeCount];
        var dagTargets = new int[edgeCount];
        for (var i = 0; i < edgeCount; i++)
        {
            _sources[i] = random.Next(VertexCount);
            _targets[i] = random.Next(VertexCount);
            _weights[i] = 1 + random.Next(9);
            dagSources[i] = Math.Min(_sources[i], _targets[i]);
            dagTargets[i] = Math.Max(_sources[i], _targets[i]) + (_sources[i] == _targets[i] && _targets[i] + 1 < VertexCount ? 1 : 0);
        }

        _graph = CompactGraph.FromEdges(VertexCount, _sources, _targets, _weights);
        _dag = CompactGraph.FromEdges(VertexCount, dagSources, dagTargets);
        Console.WriteLine($"// Weighted CSR graph: {_graph.SizeInBytes} bytes for {_graph.EdgeCount} edges = {(double)_graph.SizeInBytes / _graph.EdgeCount:F2} bytes per edge, vertex offsets included.");
    }

    [Benchmark(Baseline = true, Description = "Build List<int>[] adjacency (peer)")]
    public List<int>[] BuildAdjacencyLists()
    {
        var lists = new List<int>[VertexCount];
        for (var v = 0; v < lists.Length; v++)
        {
            lists[v] = [];
        }

        for (var i = 0; i < _sources.Length; i++)
        {
            lists[_sources[i]].Add(_targets[i]);
        }

        return lists;
    }

    [Benchmark(Description = "Build weighted CSR (out + in)")]
    public CompactGraph BuildCompactGraph() => CompactGraph.FromEdges(VertexCount, _sources, _targets, _weights);

    [Benchmark(Description = "Strongly connected components + cycles")]
    public int StronglyConnected() => StronglyConnectedComponents.Compute(_graph).ComponentCount;

    [Benchmark(Description = "Topological order of a DAG")]
    public int Topological() => TopologicalOrder.Compute(_dag).Order.Length;

    [Benchmark(Description = "Forward reachability from vertex 0")]
    public int ReachableFromFirst() => Reachability.Forward(_graph, [0]).Count;
}
