namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0086: measurements dated after the reference date of the run.</summary>
internal sealed class MeasurementAfterReferenceDateRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0086",
    Title = new("Meting gedateerd in de toekomst", "Measurement dated in the future"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Data,
    MessageFormat = new(
        "Indicator {0} heeft een meting van {1}, na de peildatum {2}.",
        "Indicator {0} has a measurement dated {1}, after the reference date {2}."),
    Rationale = new(
        "Een meting kan niet na vandaag zijn gedaan; een datum in de toekomst is meestal een streefwaarde die als meting is ingevoerd of een verkeerd getikt jaartal, en vertekent trends en optellingen.",
        "A measurement cannot be taken after today; a future date is usually a target entered as a measurement or a mistyped year, and it distorts trends and rollups."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Verbeter de datum van de meting, of leg de waarde vast als streefwaarde of mijlpaal.",
        "Correct the measurement date, or record the value as a target or milestone instead."),
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
                context.Report(id.Value, context.Session.IndicatorPath(id), id.Value, latest, today);
            }
        }
    }
}
