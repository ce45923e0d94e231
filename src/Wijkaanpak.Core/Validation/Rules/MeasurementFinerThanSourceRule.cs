using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0084: measurements recorded for areas finer than the indicator's source provides.</summary>
internal sealed class MeasurementFinerThanSourceRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0084",
    Title = "Measurements finer than the source",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Data,
    MessageFormat = "Indicator '{0}' has {1} measurements for areas finer than the {2} level its source publishes, the first for '{3}'.",
    Rationale = "A figure per buurt from a source that only publishes per wijk was derived somehow: copied down, estimated or invented. Such values look precise but are not, and privacy-sensitive data may not be available at that scale at all.",
    Source = "000 §4 V26; 004a §4.5 IND-05",
    HelpText = "Record the measurements at the source's level, or mark derived values as estimates from a finer source.",
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
            context.Report([id, firstArea], context.Session.IndicatorPath(new IndicatorId(id)), id, count, available.ToString().ToLowerInvariant(), firstArea);
        }
    }
}
