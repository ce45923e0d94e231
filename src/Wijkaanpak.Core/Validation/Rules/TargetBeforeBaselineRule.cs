namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0027: a target dated on or before the indicator's baseline.</summary>
internal sealed class TargetBeforeBaselineRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0027",
    Title = "Target date not after baseline date",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Measurability,
    MessageFormat = "Indicator '{0}' has a target dated {1}, not after its baseline of {2}.",
    Rationale = "A target describes where the area should be later than the zero measurement; a target that precedes its own baseline is a typing error or a misunderstanding, and makes progress impossible to compute.",
    Source = "004a §4.5 IND-08; ARCHITECTURE §8",
    HelpText = "Correct the target date or the baseline date so that the target comes after the baseline.",
})
{
    public override void Analyze(ValidationContext context) => context.OnTarget((found, indicator, i, t) =>
    {
        if (indicator is { Id.Value: { } id, Baseline: { } baseline } && indicator.Targets[t] is { } target && target.Date <= baseline.Date)
        {
            found.Report(id, JsonPaths.Target(i, t), id, Dates.Iso(target.Date), Dates.Iso(baseline.Date));
        }
    });
}
