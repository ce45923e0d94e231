namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0013: the same contribution (same source, same goal) stated more than once.</summary>
internal sealed class DuplicateContributionRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0013",
    Title = new("Dubbele bijdrage", "Duplicate contribution"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "{0} draagt {2} keer bij aan {1}.",
        "{0} contributes to {1} {2} times."),
    Rationale = new(
        "Een schakel die twee keer is vastgelegd, telt twee keer mee wanneer geld of inzet naar rato van de bijdragen over doelen wordt verdeeld, en overschat wat het middel aan dat doel toevoegt.",
        "A link stated twice counts twice when money or effort is apportioned to goals by contribution weights, overstating what the means adds to that goal."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Houd één bijdrage over en voeg de onderbouwingen en gewichten van de andere daarin samen.",
        "Keep one contribution edge and merge the rationales and weights of the others into it."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var toc = context.Session.Toc;
        var graph = toc.Contributions;
        var lastSource = new int[toc.Count];
        var count = new int[toc.Count];
        Array.Fill(lastSource, -1);
        for (var v = 0; v < toc.Count; v++)
        {
            var targets = graph.OutNeighbors(v);
            foreach (var w in targets)
            {
                count[w] = lastSource[w] == v ? count[w] + 1 : 1;
                lastSource[w] = v;
            }

            foreach (var w in targets)
            {
                if (count[w] > 1)
                {
                    context.Report([toc.IdOf(v), toc.IdOf(w)], toc.PathOf(v), toc.IdOf(v), toc.IdOf(w), count[w]);
                    count[w] = 0;
                }
            }
        }
    }
}
