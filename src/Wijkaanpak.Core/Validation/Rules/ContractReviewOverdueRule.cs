using NodaTime;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0047: the lokaal contract's next review date has passed.</summary>
internal sealed class ContractReviewOverdueRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0047",
    Title = new("Herziening van het contract te laat", "Contract review overdue"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "De herziening van het contract '{0}' was voorzien op {1} (laatst getekend of herzien op {2}).",
        "The review of contract '{0}' was due on {1} (last signed or reviewed on {2})."),
    Rationale = new(
        "Een lokaal contract bindt partners alleen zolang het weergeeft wat zij nog willen; herzien op de afgesproken termijn, hooguit eens in de vier jaar, houdt de afspraken actueel als bestuurders en budgetten wisselen.",
        "A lokaal contract binds partners only while it reflects what they still intend; reviewing it at its agreed interval, at most every four years, keeps commitments current when executives and budgets change."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Houd de herziening met de ondertekenaars en leg de datum vast (contract.lastReviewedOn).",
        "Hold the review with the signatories and record its date (contract.lastReviewedOn)."),
    NeedsReferenceDate = true,
})
{
    private static readonly Period MaximumInterval = Period.FromYears(4);

    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie?.Contract is not { } contract || context.Today is not { } today)
        {
            return;
        }

        var last = contract.LastReviewedOn is { } reviewed && reviewed > contract.SignedOn ? reviewed : contract.SignedOn;
        var interval = contract.ReviewInterval is { } agreed && !Dates.IsLonger(agreed, MaximumInterval) ? agreed : MaximumInterval;
        var due = last.Plus(interval);
        if (due < today)
        {
            context.Report([], JsonPaths.Contract, contract.Name, due, last);
        }
    }
}
