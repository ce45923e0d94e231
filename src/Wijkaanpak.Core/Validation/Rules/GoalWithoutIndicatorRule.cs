using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0020: a goal, sub-goal or output that no indicator measures.</summary>
internal sealed class GoalWithoutIndicatorRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0020",
    Title = new("Doel zonder indicator", "Goal without indicator"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "{1:C} {0} wordt door geen enkele indicator gemeten.",
        "{1:C} {0} is measured by no indicator."),
    Rationale = new(
        "Een doel dat niemand meet, valt niet op te sturen of te verantwoorden; de handreikingen vragen om heldere, relevante en meetbare doelen zodat beleid eraan getoetst kan worden. Missies en ambities worden gemeten via de doelen eronder en zijn uitgezonderd.",
        "A goal nobody measures cannot be steered on or accounted for; the guides ask for clear, relevant and measurable goals so that policy can be tested against them. Missions and ambitions are measured through the goals beneath them and are exempt."),
    Source = "Checklist Wmo-praktijken (Verwey-Jonker Instituut, 2013); Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Wijkgericht werken vergeleken (2005)",
    HelpText = new(
        "Koppel minstens één indicator aan het doel (goal.indicatorIds), bij voorkeur een op het eigen niveau van het doel in de resultatenketen.",
        "Link at least one indicator to the goal (goal.indicatorIds), preferably one at the goal's own level of the results chain."),
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
