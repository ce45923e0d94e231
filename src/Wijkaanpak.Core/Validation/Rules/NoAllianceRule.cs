namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0054: interventions are planned but no alliance is formed.</summary>
internal sealed class NoAllianceRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0054",
    Title = "No alliance",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = "The model plans {0} interventions but forms no alliance of partners.",
    Rationale = "Stacked problems in a neighbourhood are beyond any single organisation; an integrale wijkaanpak rests on an alliance of the necessary partners with commitments and governance.",
    Source = "004a §4.3 ALL-01; 000 §4 V15",
    HelpText = "Describe the alliance: its members, their commitments and its governance bodies (alliantie).",
})
{
    public override void Analyze(ValidationContext context)
    {
        var interventions = context.Model.TheoryOfChange.Interventions.Count;
        if (context.Model.Alliantie is null && interventions > 0)
        {
            context.ReportModel(interventions);
        }
    }
}
