namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0002: contributions that run in a circle; one finding per cycle, naming its nodes in path order.</summary>
internal sealed class ContributionCycleRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0002",
    Title = "Cycle in the theory of change",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = "Contributions run in a circle of {0} nodes: {1}.",
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
            var ids = new string[cycle.Length];
            for (var i = 0; i < cycle.Length; i++)
            {
                ids[i] = toc.IdOf(cycle[i]);
            }

            context.Report(ids, toc.PathOf(cycle[0]), ids.Length, Describe(ids));
        }
    }

    private static string Describe(string[] ids)
    {
        var shown = ids.Length <= ShownNodes ? ids : [.. ids.Take(ShownNodes - 1), "…"];
        return string.Join(" → ", shown) + " → " + ids[0];
    }
}
