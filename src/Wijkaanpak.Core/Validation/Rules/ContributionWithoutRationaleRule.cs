namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0011: a contribution edge that does not say why it holds.</summary>
internal sealed class ContributionWithoutRationaleRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0011",
    Title = "Contribution without rationale",
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Structure,
    MessageFormat = "The contribution of '{0}' to '{1}' does not say why it is expected to work.",
    Rationale = "A theory of change is a set of explained expectations: for each link the partners state how and why the means leads to the end. Unstated reasons hide diverging assumptions until results disappoint.",
    Source = "004a §4.1 TOC-01, TOC-08; 001 §4 rule 4",
    HelpText = "Write the rationale of the contribution (edge.rationale) in the partners' own words.",
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
