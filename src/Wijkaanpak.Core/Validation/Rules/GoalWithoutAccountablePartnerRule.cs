using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0050: an outcome goal or ambition that no partner is accountable for.</summary>
internal sealed class GoalWithoutAccountablePartnerRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0050",
    Title = "Goal without accountable partner",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = "Goal '{0}' ({1}) names no accountable partner.",
    Rationale = "Partners must be answerable when results fall short; for each goal the plan should say which parties are asked for (extra) effort and who answers for the result.",
    Source = "004b §4 V15; 004a §4.2 VIS-10",
    HelpText = "Name the accountable partners of the goal (goal.accountableIds).",
})
{
    public override void Analyze(ValidationContext context) => context.OnGoal((found, goal, i) =>
    {
        if (goal is { Id.Value: { } id } && goal.Level is GoalLevel.Goal or GoalLevel.Ambition && goal.AccountableIds.IsEmpty)
        {
            found.Report(id, JsonPaths.Goal(i), id, goal.Level);
        }
    });
}
