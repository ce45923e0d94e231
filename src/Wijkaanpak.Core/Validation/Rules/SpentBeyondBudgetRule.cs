namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0076: a budget line that has spent more than was granted (or, without a grant, pledged).</summary>
internal sealed class SpentBeyondBudgetRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0076",
    Title = "Spending beyond the budget line",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Money,
    MessageFormat = "Budget line '{0}' has spent {1:0.##} euro of {2:0.##} euro available.",
    Rationale = "Overspending on one line is paid from another or from a partner's regular budget without a decision; the steering group should see and decide on it.",
    Source = "000 §4 V17; 004b §2.3",
    HelpText = "Record the extra grant, correct the spending figure, or bring the overrun to the steering group.",
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
