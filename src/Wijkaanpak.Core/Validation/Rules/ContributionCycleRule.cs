namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>
/// WA0002: contributions that run in a circle; one finding per strongly connected component of
/// the contribution graph, naming every node of it: first one cycle through them in path order
/// (the shortest through the component's first node), then the other nodes of the component in
/// model order, so that fixing one loop does not reveal the next one at a time.
/// </summary>
internal sealed class ContributionCycleRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0002",
    Title = new("Kringloop in de verandertheorie", "Cycle in the theory of change"),
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "Bijdragen lopen in een kring: {1}; de lus omvat in totaal {0:knoop|knopen}: {2}.",
        "Contributions run in a circle: {1}; the loop takes in {0:node|nodes} in all: {2}."),
    Rationale = new(
        "Een doel-middelketen loopt van middelen naar doelen; als een doel uiteindelijk aan zichzelf bijdraagt, is de redenering rond, zegt niets meer wat uiteindelijk waaraan bijdraagt, en komt een optelling over de keten nooit tot een einde.",
        "A doel-middelketen is a chain from means to ends; when a goal ends up contributing to itself, the reasoning is circular, nothing says what ultimately serves what, and rollups over the chain never terminate."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007)",
    HelpText = new(
        "Volg de kring en verwijder of keer de bijdrage om die terug de keten in wijst; leg terugkoppelingen vast als aanname, niet als bijdrage.",
        "Follow the cycle and remove or reverse the contribution that points back down the chain; model feedback loops as assumptions, not as contributions."),
})
{
    private const int ShownNodes = 12;

    public override void Analyze(ValidationContext context)
    {
        var toc = context.Session.Toc;
        var components = toc.Components;
        foreach (var component in components.CyclicComponents)
        {
            var cycle = components.Cycle(component);
            var members = components.Partition.Members(component);
            var ids = new string[members.Length];
            var onCycle = new HashSet<int>(cycle.Length);
            for (var i = 0; i < cycle.Length; i++)
            {
                ids[i] = toc.IdOf(cycle[i]);
                onCycle.Add(cycle[i]);
            }

            var next = cycle.Length;
            foreach (var member in members)
            {
                if (!onCycle.Contains(member))
                {
                    ids[next++] = toc.IdOf(member);
                }
            }

            var path = Shown(ids.AsSpan(0, cycle.Length), " → ") + " → " + ids[0];
            context.Report(ids, toc.PathOf(cycle[0]), ids.Length, path, Shown(ids, ", "));
        }
    }

    private static string Shown(ReadOnlySpan<string> ids, string separator) =>
        ids.Length <= ShownNodes
            ? string.Join(separator, ids)
            : string.Join(separator, ids[..(ShownNodes - 1)]) + separator + "…";
}
