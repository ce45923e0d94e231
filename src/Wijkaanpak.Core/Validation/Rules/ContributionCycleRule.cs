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
    Title = "Cycle in the theory of change",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = "Contributions run in a circle: {1}; the loop takes in {0} nodes in all: {2}.",
    Rationale = "A doel-middelketen is a chain from means to ends; when a goal ends up contributing to itself, the reasoning is circular, nothing says what ultimately serves what, and rollups over the chain never terminate.",
    Source = "004a §4.1 TOC-07; 004b §4 V3; 000 §4 V30",
    HelpText = "Follow the cycle and remove or reverse the contribution that points back down the chain; model feedback loops as assumptions, not as contributions.",
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
