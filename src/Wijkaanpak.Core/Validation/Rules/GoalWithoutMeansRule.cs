using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0005: a goal that nothing contributes to.</summary>
internal sealed class GoalWithoutMeansRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0005",
    Title = new("Doel zonder middelen", "Goal without means"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "{1:C} {0} heeft geen interventie of subdoel dat eraan bijdraagt.",
        "{1:C} {0} has no intervention or sub-goal contributing to it."),
    Rationale = new(
        "Een doel waar geen interventie of subdoel aan werkt, is een wens en geen plan: de middelen ontbreken, of het doel hoort bij een ander programma.",
        "A goal that no intervention or sub-goal works towards is a wish, not a plan: either the means are missing or the goal belongs to another programme."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007); Barrières en Breekijzers in de Buurt (PwC, 2008)",
    HelpText = new(
        "Voeg de interventies of subdoelen toe die aan dit doel bijdragen, of leg vast dat het in dit programma niet wordt aangepakt.",
        "Add the interventions or sub-goals that contribute to this goal, or record it as not addressed in this programme."),
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
