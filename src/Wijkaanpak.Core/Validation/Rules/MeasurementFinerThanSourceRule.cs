using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0084: measurements recorded for areas finer than the indicator's source provides.</summary>
internal sealed class MeasurementFinerThanSourceRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0084",
    Title = new("Metingen fijner dan de bron", "Measurements finer than the source"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Data,
    MessageFormat = new(
        "Indicator {0} heeft {1:meting|metingen} voor gebieden fijner dan het niveau {2} waarop haar bron publiceert, de eerste voor {3}.",
        "Indicator {0} has {1:measurement|measurements} for areas finer than the {2} level its source publishes, the first for {3}."),
    Rationale = new(
        "Een cijfer per buurt uit een bron die alleen per wijk publiceert, is op de een of andere manier afgeleid: doorgekopieerd, geschat of verzonnen. Zulke waarden lijken precies maar zijn het niet, en privacygevoelige gegevens zijn op die schaal misschien helemaal niet beschikbaar.",
        "A figure per buurt from a source that only publishes per wijk was derived somehow: copied down, estimated or invented. Such values look precise but are not, and privacy-sensitive data may not be available at that scale at all."),
    Source = "Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007); Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Leg de metingen vast op het niveau van de bron, of markeer afgeleide waarden als schattingen uit een fijnere bron.",
        "Record the measurements at the source's level, or mark derived values as estimates from a finer source."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var model = context.Model;
        var finer = new SortedDictionary<string, (int Count, string FirstArea, ScaleLevel Level)>(StringComparer.Ordinal);
        foreach (var measurement in model.Measurements)
        {
            if (measurement is not { IndicatorId.Value: { } id, AreaId.Value: { } area }
                || model.FindIndicator(measurement.IndicatorId)?.Source?.Granularity is not { } available
                || model.FindArea(measurement.AreaId)?.Level is not { } level
                || level >= available)
            {
                continue;
            }

            finer[id] = finer.TryGetValue(id, out var seen) ? (seen.Count + 1, seen.FirstArea, available) : (1, area, available);
        }

        foreach (var (id, (count, firstArea, available)) in finer)
        {
            context.Report([id, firstArea], context.Session.IndicatorPath(new IndicatorId(id)), id, count, available, firstArea);
        }
    }
}
