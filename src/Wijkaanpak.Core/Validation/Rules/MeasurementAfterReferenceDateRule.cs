namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0086: measurements dated after the reference date of the run.</summary>
internal sealed class MeasurementAfterReferenceDateRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0086",
    Title = "Measurement dated in the future",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Data,
    MessageFormat = "Indicator '{0}' has a measurement dated {1}, after the reference date {2}.",
    Rationale = "A measurement cannot be taken after today; a future date is usually a target entered as a measurement or a mistyped year, and it distorts trends and rollups.",
    Source = "004a §4.5 IND-01",
    HelpText = "Correct the measurement date, or record the value as a target or milestone instead.",
    NeedsReferenceDate = true,
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Today is not { } today)
        {
            return;
        }

        foreach (var (id, latest) in context.Session.LatestMeasurement)
        {
            if (id.Value is not null && latest > today)
            {
                context.Report(id.Value, context.Session.IndicatorPath(id), id.Value, Dates.Iso(latest), Dates.Iso(today));
            }
        }
    }
}
