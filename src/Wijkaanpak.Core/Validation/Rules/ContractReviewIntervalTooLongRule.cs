using NodaTime;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0048: the lokaal contract has no review interval, or one longer than four years.</summary>
internal sealed class ContractReviewIntervalTooLongRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0048",
    Title = "Contract review interval missing or over four years",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = "Contract '{0}' is reviewed {1}; agree a review at least every four years.",
    Rationale = "Council terms and programme periods last about four years; a contract not revisited within that time drifts away from the partners' actual intentions.",
    Source = "004b §4 V25; 004a §4.3 ALL-09",
    HelpText = "Set the review interval to four years or less (contract.reviewInterval).",
})
{
    private static readonly Period MaximumInterval = Period.FromYears(4);

    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie?.Contract is not { } contract)
        {
            return;
        }

        if (contract.ReviewInterval is not { } interval)
        {
            context.Report([], JsonPaths.Contract, contract.Name, "at no agreed interval");
        }
        else if (Dates.IsLonger(interval, MaximumInterval))
        {
            context.Report([], JsonPaths.Contract, contract.Name, "every " + interval);
        }
    }
}
