namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0011: a contribution edge that does not say why it holds.</summary>
internal sealed class ContributionWithoutRationaleRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0011",
    Title = new("Bijdrage zonder onderbouwing", "Contribution without rationale"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "De bijdrage van {0} aan {1} zegt niet waarom die naar verwachting werkt.",
        "The contribution of {0} to {1} does not say why it is expected to work."),
    Rationale = new(
        "Een verandertheorie is een stelsel van onderbouwde verwachtingen: bij elke schakel zeggen de partners hoe en waarom het middel tot het doel leidt. Onuitgesproken redenen verbergen uiteenlopende aannames tot de resultaten tegenvallen.",
        "A theory of change is a set of explained expectations: for each link the partners state how and why the means leads to the end. Unstated reasons hide diverging assumptions until results disappoint."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Checklist Wmo-praktijken (Verwey-Jonker Instituut, 2013)",
    HelpText = new(
        "Schrijf de onderbouwing van de bijdrage (edge.rationale) in de eigen woorden van de partners.",
        "Write the rationale of the contribution (edge.rationale) in the partners' own words."),
})
{
    public override void Analyze(ValidationContext context) => context.OnContribution((found, e) =>
    {
        var toc = found.Session.Toc;
        if (string.IsNullOrWhiteSpace(toc.Toc.Edges[e].Rationale))
        {
            found.Report([toc.IdOf(toc.EdgeFrom[e]), toc.IdOf(toc.EdgeTo[e])], JsonPaths.Edge(e), toc.IdOf(toc.EdgeFrom[e]), toc.IdOf(toc.EdgeTo[e]));
        }
    });
}
