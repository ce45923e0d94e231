#:property PublishAot=false
#:project ../../src/Wijkaanpak.Core/Wijkaanpak.Core.csproj

// Contributions that a longer chain already makes, and how much funding can reach a party.
//
// The theory of change is a QuikGraph graph, so QuikGraph's algorithms run on it directly. The
// transitive reduction of the contributions (*draagt bij aan*) keeps an edge only when no longer
// chain leads from its means to its goal: every edge it drops repeats a chain the model already
// states (noa -> geldzorgen next to noa -> kansen-werk -> geldzorgen). That is not an error — a
// means can work directly and through another goal — but it is worth a look: either the direct
// link says something the chain does not (write it in its rationale), or it is double counting
// when contributions are weighed.
//
// The stakeholder network is one too: the maximum flow of funding relations (their weights as
// capacities, a relative strength, not euros) from each funder that nobody funds to each party
// that funds nobody says how much of a funder's weight can reach that party along the chains.
//
//   dotnet run samples/scripts/redundant-contributions.cs [model.json ...]

using System.Globalization;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.MaximumFlow;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;
using Wijkaanpak.Core.Serialization;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var files = args.Length > 0 ? args : Directory.GetFiles(Path.Combine(here, "..", "models"), "*.json").Order(StringComparer.Ordinal).ToArray();
var total = 0;
foreach (var file in files)
{
    var model = ModelJson.ReadFile(file);
    var toc = TheoryOfChangeGraph.Of(model);

    // The contributions only, as a QuikGraph copy (preconditions and assumptions are no chains).
    var contributions = toc.Edges.Where(e => e.Kind == ChangeEdgeKind.ContributesTo).ToBidirectionalGraph<NodeId, TheoryOfChangeEdge>();
    var reduced = contributions.ComputeTransitiveReduction();
    var repeated = contributions.Edges.Where(e => !reduced.ContainsEdge(e.Source, e.Target)).ToList();
    total += repeated.Count;

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {model.Name} ({Path.GetFileName(file)})"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{contributions.EdgeCount} contributions; {repeated.Count} repeat a longer chain."));
    foreach (var edge in repeated)
    {
        var chain = toc.Paths(edge.Source, edge.Target).First(p => p.Count > 2);
        Console.WriteLine($"  {edge.Source} -> {edge.Target}   also  {string.Join(" -> ", chain)}");
    }

    var relations = StakeholderRelationGraph.Of(model);
    var funding = relations.Edges
        .Where(e => e.Kind == RelationKind.Funding && e.Source != e.Target)
        .Select(e => new TaggedEdge<StakeholderId, double>(e.Source, e.Target, e.Weight))
        .ToBidirectionalGraph<StakeholderId, TaggedEdge<StakeholderId, double>>();
    var funders = funding.Vertices.Where(v => funding.IsInEdgesEmpty(v)).ToList();
    var funded = funding.Vertices.Where(v => funding.IsOutEdgesEmpty(v)).ToList();
    if (funding.EdgeCount > 0)
    {
        EdgeFactory<StakeholderId, TaggedEdge<StakeholderId, double>> reverse = (s, t) => new TaggedEdge<StakeholderId, double>(s, t, 0);
        var augmented = new ReversedEdgeAugmentorAlgorithm<StakeholderId, TaggedEdge<StakeholderId, double>>(funding, reverse);
        augmented.AddReversedEdges();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Funding: {funding.EdgeCount} relations, {funders.Count} funders nobody funds, {funded.Count} parties that fund nobody; largest flows:"));
        var flows = (
            from source in funders
            from sink in funded
            let flow = funding.MaximumFlow(e => e.Tag, source, sink, out _, reverse, augmented)
            where flow > 0
            orderby flow descending, source.Value, sink.Value
            select (source, sink, flow)).Take(5);
        foreach (var (source, sink, flow) in flows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {model.FindStakeholder(source)?.Name ?? source.Value} => {model.FindStakeholder(sink)?.Name ?? sink.Value}: {flow:0.##}"));
        }
    }

    Console.WriteLine();
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total} contributions in {files.Length} models repeat a longer chain."));
