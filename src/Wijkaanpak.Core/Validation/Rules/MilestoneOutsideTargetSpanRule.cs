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
    public override void Analyze(ValidationContext context)
    {
        var indicators = context.Model.Indicators;
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i] is not { Id.Value: { } id } indicator)
            {
                continue;
            }

            for (var t = 0; t < indicator.Targets.Count; t++)
            {
                if (indicator.Targets[t] is not { } target)
                {
                    continue;
                }

                foreach (var milestone in target.Milestones)
                {
                    var beforeBaseline = indicator.Baseline is { } baseline && milestone.Date < baseline.Date;
                    if (milestone.Date > target.Date || beforeBaseline)
                    {
                        context.Report(id, JsonPaths.Target(i, t), id, Dates.Iso(milestone.Date), Dates.Iso(target.Date));
                    }
                }
            }
        }
    }
}
