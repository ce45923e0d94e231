using BenchmarkDotNet.Attributes;
using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Benchmarks.Validation;

/// <summary>
/// How long does validating a theory of change with all structural rules take at 10k, 100k and
/// 1M nodes (about three contribution edges per node), excluding loading, and what does it
/// allocate? The run includes mapping the string ids to vertices, building the CSR graph, the
/// integrity check, cycles, reachability and the other structure rules. The peer in the same run
/// is the graph core's plain strongly connected components plus topological order on the same
/// graph, already built: the floor any cycle check on this graph has to pay.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private WijkaanpakModel _model = null!;
    private CompactGraph _graph = null!;
    private ValidationOptions _structural = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = SyntheticTheoryOfChange.Generate(Nodes, seed: 42);
        var toc = _model.TheoryOfChange;
        var index = new VertexIndex<NodeId>(toc.Goals.Select(g => g.Id).Concat(toc.Interventions.Select(i => i.Id)));
        var contributions = toc.Edges.Where(e => e.Kind == ChangeEdgeKind.ContributesTo).ToList();
        var sources = contributions.Select(e => index.TryGetIndex(e.From, out var v) ? v : 0).ToArray();
        var targets = contributions.Select(e => index.TryGetIndex(e.To, out var v) ? v : 0).ToArray();
        _graph = CompactGraph.FromEdges(index.Count, sources, targets);
        _structural = new ValidationOptions
        {
            DisabledRules = Validator.BuiltInRules
                .Where(d => d.Category is not (RuleCategory.Structure or RuleCategory.Integrity))
                .Select(d => d.Code)
                .ToHashSet(StringComparer.Ordinal),
        };
        Console.WriteLine($"// {Nodes} nodes, {toc.Edges.Count} edges, {Validator.Validate(_model, _structural).Diagnostics.Count} structural findings.");
    }

    [Benchmark(Baseline = true, Description = "Graph core: SCC + topological order (peer)")]
    public int SccAndTopologicalOrder() =>
        StronglyConnectedComponents.Compute(_graph).ComponentCount + TopologicalOrder.Compute(_graph).Order.Length;

    [Benchmark(Description = "Validate: all structural rules")]
    public int ValidateStructural() => Validator.Validate(_model, _structural).Diagnostics.Count;

    [Benchmark(Description = "Validate: all rules")]
    public int ValidateAll() => Validator.Validate(_model).Diagnostics.Count;
}
