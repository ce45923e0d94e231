namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0027: a target dated on or before the indicator's baseline.</summary>
internal sealed class TargetBeforeBaselineRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0027",
    Title = new("Streefdatum niet na de nulmeting", "Target date not after baseline date"),
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "Indicator {0} heeft een streefwaarde van {1}, niet na de nulmeting van {2}.",
        "Indicator {0} has a target dated {1}, not after its baseline of {2}."),
    Rationale = new(
        "Een streefwaarde beschrijft waar het gebied later dan de nulmeting moet staan; een streefwaarde vóór de eigen nulmeting is een tikfout of een misverstand en maakt voortgang onberekenbaar.",
        "A target describes where the area should be later than the zero measurement; a target that precedes its own baseline is a typing error or a misunderstanding, and makes progress impossible to compute."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Verbeter de streefdatum of de datum van de nulmeting, zodat de streefwaarde na de nulmeting komt.",
        "Correct the target date or the baseline date so that the target comes after the baseline."),
})
{
    public override void Analyze(ValidationContext context) => context.OnTarget((found, indicator, i, t) =>
    {
        if (indicator is { Id.Value: { } id, Baseline: { } baseline } && indicator.Targets[t] is { } target && target.Date <= baseline.Date)
        {
            found.Report(id, JsonPaths.Target(i, t), id, target.Date, baseline.Date);
        }
    });
}
