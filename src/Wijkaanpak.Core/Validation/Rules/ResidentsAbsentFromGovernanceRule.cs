namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0052: no governance body includes residents.</summary>
internal sealed class ResidentsAbsentFromGovernanceRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0052",
    Title = "Residents absent from governance",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Participation,
    MessageFormat = "None of the {0} governance bodies of the alliance includes residents.",
    Rationale = "Approaches that gave residents a seat where decisions are taken kept their support; where residents were left out, trust eroded and results were contested.",
    Source = "004a §4.3 ALL-07",
    HelpText = "Give residents seats with a clear mandate in at least one body (body.includesResidents).",
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie is { } alliantie && alliantie.Bodies.Count > 0 && !alliantie.Bodies.Any(b => b?.IncludesResidents == true))
        {
            context.Report([], JsonPaths.Bodies, alliantie.Bodies.Count);
        }
    }
}
