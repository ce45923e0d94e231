using NodaTime;
using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0048: the lokaal contract has no review interval, or one longer than four years.</summary>
internal sealed class ContractReviewIntervalTooLongRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0048",
    Title = new("Herzieningstermijn van het contract ontbreekt of is langer dan vier jaar", "Contract review interval missing or over four years"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "Het contract '{0}' wordt {1} herzien; spreek een herziening af, minstens eens in de vier jaar.",
        "Contract '{0}' is reviewed {1}; agree a review at least every four years."),
    Rationale = new(
        "Raadsperiodes en programma's duren ongeveer vier jaar; een contract dat binnen die tijd niet opnieuw wordt bekeken, drijft af van wat de partners werkelijk willen.",
        "Council terms and programme periods last about four years; a contract not revisited within that time drifts away from the partners' actual intentions."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Zet de herzieningstermijn op vier jaar of korter (contract.reviewInterval).",
        "Set the review interval to four years or less (contract.reviewInterval)."),
})
{
    private static readonly Period MaximumInterval = Period.FromYears(4);

    private static readonly LocalizedText AtNoInterval = new("op geen afgesproken termijn", "at no agreed interval");

    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie?.Contract is not { } contract)
        {
            return;
        }

        if (contract.ReviewInterval is not { } interval)
        {
            context.Report([], JsonPaths.Contract, contract.Name, AtNoInterval);
        }
        else if (Dates.IsLonger(interval, MaximumInterval))
        {
            context.Report([], JsonPaths.Contract, contract.Name, new LocalizedText("elke " + LanguageFormat.Dutch.Duration(interval), "every " + LanguageFormat.English.Duration(interval)));
        }
    }
}
