namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0008: the theory of change states no goals at all.</summary>
internal sealed class NoGoalsRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0008",
    Title = new("Geen doelen", "No goals"),
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "De verandertheorie van '{0}' noemt geen doelen.",
        "The theory of change of '{0}' states no goals."),
    Rationale = new(
        "Een visie heeft concrete doelen nodig voordat middelen gekozen of beoordeeld kunnen worden; een aanpak zonder doelen valt niet te toetsen, te monitoren of op te tellen.",
        "A vision needs concrete goals before any means can be chosen or judged; an approach without them cannot be validated, monitored or rolled up."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Beschrijf de missie, de ambities en de doelen van de aanpak (theoryOfChange.goals).",
        "State the mission, ambitions and goals of the approach (theoryOfChange.goals)."),
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
