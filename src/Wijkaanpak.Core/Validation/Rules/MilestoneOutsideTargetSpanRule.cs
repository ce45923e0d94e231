namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0034: a milestone dated after its target or before the baseline.</summary>
internal sealed class MilestoneOutsideTargetSpanRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0034",
    Title = "Milestone outside the baseline-to-target span",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = "Indicator '{0}' has a milestone dated {1} outside the span from its baseline to its target of {2}.",
    Rationale = "Milestones mark the way from the zero measurement to the final target, like the midterm check after ten of twenty years; one that falls outside that span cannot serve as an intermediate check.",
    Source = "004a §4.5 IND-08",
    HelpText = "Move the milestone between the baseline date and the target date, or attach it to the target it belongs to.",
})
{
    public override void Analyze(ValidationContext context) => context.OnTarget((found, indicator, i, t) =>
    {
        if (indicator is not { Id.Value: { } id } || indicator.Targets[t] is not { } target)
        {
            return;
        }

        foreach (var milestone in target.Milestones)
        {
            var beforeBaseline = indicator.Baseline is { } baseline && milestone.Date < baseline.Date;
            if (milestone.Date > target.Date || beforeBaseline)
            {
                found.Report(id, JsonPaths.Target(i, t), id, Dates.Iso(milestone.Date), Dates.Iso(target.Date));
            }
        }
    });
}
