using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0073: an additional (*additioneel*) budget line that ends before its programme does.</summary>
internal sealed class AdditionalMoneyEndsEarlyRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0073",
    Title = "Additional money ends before the programme",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Money,
    MessageFormat = "Additional budget line '{0}' of programme '{1}' ends on {2}, before the programme ends on {3}.",
    Rationale = "When temporary money stops halfway, the interventions it paid for stop too and residents see yet another project disappear; additional funding should cover the programme or come with a plan for what follows.",
    Source = "004b §4 V34",
    HelpText = "Extend the budget line to the end of the programme, or plan structural funding to take over.",
})
{
    public override void Analyze(ValidationContext context)
    {
        var programmes = context.Model.Programmes;
        for (var i = 0; i < programmes.Count; i++)
        {
            if (programmes[i] is not { Id.Value: { } id, Period: { } period } programme)
            {
                continue;
            }

            for (var l = 0; l < programme.BudgetLines.Count; l++)
            {
                if (programme.BudgetLines[l] is { Category: FundingCategory.Additioneel, Period: { } linePeriod, Id.Value: { } line } && linePeriod.End < period.End)
                {
                    context.Report([line, id], JsonPaths.BudgetLine(i, l), line, id, Dates.Iso(linePeriod.End), Dates.Iso(period.End));
                }
            }
        }
    }
}
