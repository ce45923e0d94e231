namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0009: a goal contributing to a goal of a lower level, e.g. an outcome to an output.</summary>
internal sealed class ContributionAgainstLevelOrderRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0009",
    Title = "Contribution against the level order",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = "'{0}' ({1}) contributes to '{2}' ({3}), a lower level.",
    Rationale = "The results chain runs upward: activities produce outputs, outputs serve outcomes, outcomes serve the impact. An edge pointing down the chain mixes levels, and rollups would add outcomes into outputs.",
    Source = "004a §4.1 TOC-09; ARCHITECTURE §8",
    HelpText = "Reverse the edge, or correct the level of one of the two goals.",
})
{
    public override void Analyze(ValidationContext context) => context.OnContribution((found, e) =>
    {
        var toc = found.Session.Toc;
        var (from, to) = (toc.EdgeFrom[e], toc.EdgeTo[e]);
        if (toc.IsGoal(from) && toc.Levels[to] < toc.Levels[from])
        {
            found.Report([toc.IdOf(from), toc.IdOf(to)], JsonPaths.Edge(e), toc.IdOf(from), toc.Levels[from], toc.IdOf(to), toc.Levels[to]);
        }
    });
}
