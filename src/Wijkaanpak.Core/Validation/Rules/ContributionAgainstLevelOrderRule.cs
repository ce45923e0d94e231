namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0009: a goal contributing to a goal of a lower level, e.g. an outcome to an output.</summary>
internal sealed class ContributionAgainstLevelOrderRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0009",
    Title = new("Bijdrage tegen de niveauvolgorde in", "Contribution against the level order"),
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "{1:C} {0} draagt bij aan {3} {2}, een lager niveau.",
        "{1:C} {0} contributes to {3} {2}, a lower level."),
    Rationale = new(
        "De resultatenketen loopt omhoog: activiteiten leveren prestaties, prestaties dienen effecten, effecten dienen de impact. Een bijdrage die de keten af wijst, haalt de niveaus door elkaar, en optellingen zouden effecten bij prestaties optellen.",
        "The results chain runs upward: activities produce outputs, outputs serve outcomes, outcomes serve the impact. An edge pointing down the chain mixes levels, and rollups would add outcomes into outputs."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Keer de bijdrage om, of verbeter het niveau van een van beide doelen.",
        "Reverse the edge, or correct the level of one of the two goals."),
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
