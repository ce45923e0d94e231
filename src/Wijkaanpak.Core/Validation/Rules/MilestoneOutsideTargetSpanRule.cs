namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0034: a milestone dated after its target or before the baseline.</summary>
internal sealed class MilestoneOutsideTargetSpanRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0034",
    Title = new("Mijlpaal buiten de periode van nulmeting tot streefwaarde", "Milestone outside the baseline-to-target span"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "Indicator {0} heeft een mijlpaal op {1}, buiten de periode van de nulmeting tot de streefwaarde van {2}.",
        "Indicator {0} has a milestone dated {1} outside the span from its baseline to its target of {2}."),
    Rationale = new(
        "Mijlpalen markeren de weg van de nulmeting naar de einddoelstelling, zoals de tussenmeting na tien van de twintig jaar; een mijlpaal buiten die periode kan niet als tussenstap dienen.",
        "Milestones mark the way from the zero measurement to the final target, like the midterm check after ten of twenty years; one that falls outside that span cannot serve as an intermediate check."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Verplaats de mijlpaal tussen de datum van de nulmeting en de streefdatum, of hang haar aan de streefwaarde waar zij bij hoort.",
        "Move the milestone between the baseline date and the target date, or attach it to the target it belongs to."),
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
                found.Report(id, JsonPaths.Target(i, t), id, milestone.Date, target.Date);
            }
        }
    });
}
