using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0020: a goal, sub-goal or output that no indicator measures.</summary>
internal sealed class GoalWithoutIndicatorRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0020",
    Title = "Goal without indicator",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = "Goal '{0}' ({1}) is measured by no indicator.",
    Rationale = "A goal nobody measures cannot be steered on or accounted for; the guides ask for clear, relevant and measurable goals so that policy can be tested against them. Missions and ambitions are measured through the goals beneath them and are exempt.",
    Source = "001 §4 rule 18; 004b §4 V4; 003 §4 R19",
    HelpText = "Link at least one indicator to the goal (goal.indicatorIds), preferably one at the goal's own level of the results chain.",
})
{
    public override void Analyze(ValidationContext context) => context.OnGoal((found, goal, i) =>
    {
        if (goal.Id.Value is { } id && goal.Level <= GoalLevel.Goal && goal.IndicatorIds.IsEmpty)
        {
            found.Report(id, JsonPaths.Goal(i), id, goal.Level);
        }
    });
}
