using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0073: an additional (*additioneel*) budget line that ends before its programme does.</summary>
internal sealed class AdditionalMoneyEndsEarlyRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0073",
    Title = new("Additioneel geld stopt voor het einde van het programma", "Additional money ends before the programme"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Money,
    MessageFormat = new(
        "Additionele begrotingsregel {0} van programma {1} eindigt op {2}, voordat het programma eindigt op {3}.",
        "Additional budget line {0} of programme {1} ends on {2}, before the programme ends on {3}."),
    Rationale = new(
        "Als tijdelijk geld halverwege stopt, stoppen de interventies die het betaalde ook en zien bewoners weer een project verdwijnen; additionele financiering hoort het programma te dekken of te komen met een plan voor wat daarna volgt.",
        "When temporary money stops halfway, the interventions it paid for stop too and residents see yet another project disappear; additional funding should cover the programme or come with a plan for what follows."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Verleng de begrotingsregel tot het einde van het programma, of plan structurele financiering die het overneemt.",
        "Extend the budget line to the end of the programme, or plan structural funding to take over."),
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
                    context.Report([line, id], JsonPaths.BudgetLine(i, l), line, id, linePeriod.End, period.End);
                }
            }
        }
    }
}
