using NodaTime;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0082: an indicator whose latest measurement is older than two measurement cycles.</summary>
internal sealed class StaleMeasurementsRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0082",
    Title = new("Verouderde metingen", "Stale measurements"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Data,
    MessageFormat = new(
        "Indicator {0} is het laatst gemeten op {1}, meer dan twee meetcycli voor {2}.",
        "Indicator {0} was last measured on {1}, more than two measurement cycles before {2}."),
    Rationale = new(
        "Sturen op cijfers van jaren geleden is sturen op een wijk die niet meer bestaat; een reeks die twee cycli miste, is stilgevallen, en profielen die oude en nieuwe data mengen, misleiden.",
        "Steering on figures from years ago means steering on a neighbourhood that no longer exists; a series that missed two cycles has stalled and profiles mixing old and new dates mislead."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Voeg recente metingen toe, of leg vast waarom de reeks stopte en vervang de indicator.",
        "Add recent measurements, or record why the series stopped and replace the indicator."),
    NeedsReferenceDate = true,
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Today is not { } today)
        {
            return;
        }

        context.OnIndicator((found, indicator, i) =>
        {
            if (indicator is { Id.Value: { } id } && found.Session.LatestMeasurement.TryGetValue(indicator.Id, out var last))
            {
                var cycle = indicator.Frequency ?? indicator.Source?.UpdateFrequency ?? Period.FromYears(1);
                if (last.Plus(cycle).Plus(cycle) < today)
                {
                    found.Report(id, JsonPaths.Indicator(i), id, last, today);
                }
            }
        });
    }
}
