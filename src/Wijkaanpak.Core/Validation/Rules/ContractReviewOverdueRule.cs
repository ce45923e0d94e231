using NodaTime;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0047: the lokaal contract's next review date has passed.</summary>
internal sealed class ContractReviewOverdueRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0047",
    Title = "Contract review overdue",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = "The review of contract '{0}' was due on {1} (last signed or reviewed {2}).",
    Rationale = "A lokaal contract binds partners only while it reflects what they still intend; reviewing it at its agreed interval, at most every four years, keeps commitments current when executives and budgets change.",
    Source = "004b §4 V25; 004a §4.3 ALL-09",
    HelpText = "Hold the review with the signatories and record its date (contract.lastReviewedOn).",
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
            context.Report([], JsonPaths.Contract, contract.Name, Dates.Iso(due), Dates.Iso(last));
        }
    }
}
