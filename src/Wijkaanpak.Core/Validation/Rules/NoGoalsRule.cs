namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0008: the theory of change states no goals at all.</summary>
internal sealed class NoGoalsRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0008",
    Title = "No goals",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = "The theory of change of '{0}' states no goals.",
    Rationale = "A vision needs concrete goals before any means can be chosen or judged; an approach without them cannot be validated, monitored or rolled up.",
    Source = "004a §4.2 VIS-02",
    HelpText = "State the mission, ambitions and goals of the approach (theoryOfChange.goals).",
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.TheoryOfChange.Goals.IsEmpty)
        {
            context.ReportModel(context.Model.Name);
        }
    }
}
