using NodaTime;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0082: an indicator whose latest measurement is older than two measurement cycles.</summary>
internal sealed class StaleMeasurementsRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0082",
    Title = "Stale measurements",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Data,
    MessageFormat = "Indicator '{0}' was last measured on {1}, more than two measurement cycles before {2}.",
    Rationale = "Steering on figures from years ago means steering on a neighbourhood that no longer exists; a series that missed two cycles has stalled and profiles mixing old and new dates mislead.",
    Source = "004a §4.5 IND-01; 004b §4 V10",
    HelpText = "Add recent measurements, or record why the series stopped and replace the indicator.",
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
                    found.Report(id, JsonPaths.Indicator(i), id, Dates.Iso(last), Dates.Iso(today));
                }
            }
        });
    }
}
