using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0050: an outcome goal or ambition that no partner is accountable for.</summary>
internal sealed class GoalWithoutAccountablePartnerRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0050",
    Title = new("Doel zonder verantwoordelijke partner", "Goal without accountable partner"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "{1:C} {0} noemt geen verantwoordelijke partner.",
        "{1:C} {0} names no accountable partner."),
    Rationale = new(
        "Partners moeten aanspreekbaar zijn als resultaten achterblijven; het plan hoort per doel te zeggen welke partijen om (extra) inzet wordt gevraagd en wie voor het resultaat instaat.",
        "Partners must be answerable when results fall short; for each goal the plan should say which parties are asked for (extra) effort and who answers for the result."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Noem de verantwoordelijke partners van het doel (goal.accountableIds).",
        "Name the accountable partners of the goal (goal.accountableIds)."),
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
