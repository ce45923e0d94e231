namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0076: a budget line that has spent more than was granted (or, without a grant, pledged).</summary>
internal sealed class SpentBeyondBudgetRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0076",
    Title = new("Uitgaven boven de begrotingsregel", "Spending beyond the budget line"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Money,
    MessageFormat = new(
        "Begrotingsregel {0} heeft {1:euro} uitgegeven van de {2:euro} die beschikbaar is.",
        "Budget line {0} has spent {1:euro} of {2:euro} available."),
    Rationale = new(
        "Een overschrijding op één regel wordt zonder besluit betaald uit een andere regel of uit het reguliere budget van een partner; de stuurgroep hoort haar te zien en erover te beslissen.",
        "Overspending on one line is paid from another or from a partner's regular budget without a decision; the steering group should see and decide on it."),
    Source = "Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007); Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Leg de extra toekenning vast, verbeter het uitgavencijfer, of leg de overschrijding voor aan de stuurgroep.",
        "Record the extra grant, correct the spending figure, or bring the overrun to the steering group."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var programmes = context.Model.Programmes;
        for (var i = 0; i < programmes.Count; i++)
        {
            var lines = programmes[i]?.BudgetLines ?? default;
            for (var l = 0; l < lines.Count; l++)
            {
                if (lines[l] is { Id.Value: { } id, Spent: { } spent } line && spent > (line.Granted ?? line.Pledged))
                {
                    context.Report(id, JsonPaths.BudgetLine(i, l), id, spent, line.Granted ?? line.Pledged);
                }
            }
        }
    }
}
