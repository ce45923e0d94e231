using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0005: a goal that nothing contributes to.</summary>
internal sealed class GoalWithoutMeansRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0005",
    Title = "Goal without means",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Structure,
    MessageFormat = "Goal '{0}' ({1}) has no intervention or sub-goal contributing to it.",
    Rationale = "A goal that no intervention or sub-goal works towards is a wish, not a plan: either the means are missing or the goal belongs to another programme.",
    Source = "004b §4 V4; 000 §4 V03; 002 §5 V02",
    HelpText = "Add the interventions or sub-goals that contribute to this goal, or record it as not addressed in this programme.",
})
{
    public override void Analyze(ValidationContext context) => context.OnVertex((found, v) =>
    {
        var toc = found.Session.Toc;
        if (toc.IsGoal(v) && toc.Contributions.InDegree(v) == 0)
        {
            found.Report(toc.IdOf(v), toc.PathOf(v), toc.IdOf(v), toc.Levels[v]);
        }
    });
}
