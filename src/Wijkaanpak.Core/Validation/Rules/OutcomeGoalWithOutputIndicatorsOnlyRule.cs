using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0021: a goal above output level whose indicators all measure inputs, activities, throughput or outputs.</summary>
internal sealed class OutcomeGoalWithOutputIndicatorsOnlyRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0021",
    Title = new("Effectdoel alleen met prestatie-indicatoren gemeten", "Outcome goal measured by output indicators only"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "{1:C} {0} wordt alleen gemeten met indicatoren van inzet of prestatie, niet van effect.",
        "{1:C} {0} is measured only by indicators of effort or output, not of effect."),
    Rationale = new(
        "Tellen wat er is gedaan, zegt niets over of bewoners er beter van worden; de praktijk waarschuwt voor de trek naar prestatiedoelen en vraagt te sturen op effecten. Een doel over verandering voor bewoners heeft minstens één indicator van effect of impact nodig.",
        "Counting what was done says nothing about whether residents are better off; the practice warns against the pull towards output targets and asks to steer on effects. A goal about change for residents needs at least one outcome or impact indicator."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007)",
    HelpText = new(
        "Voeg aan het doel een indicator van niveau effect (outcome) of impact toe, zoals een aandeel bewoners, een belevingsscore of een trend in het gebied.",
        "Add an indicator of level outcome or impact to the goal, such as a share of residents, a perception score or a trend in the area."),
})
{
    public override void Analyze(ValidationContext context) => context.OnGoal((found, goal, i) =>
    {
        if (goal.Id.Value is not { } id || goal.Level == GoalLevel.Output || goal.IndicatorIds.IsEmpty)
        {
            return;
        }

        var measuresEffect = false;
        var known = 0;
        foreach (var indicatorId in goal.IndicatorIds)
        {
            if (found.Model.FindIndicator(indicatorId) is { } indicator)
            {
                known++;
                measuresEffect |= indicator.Level is ResultLevel.Outcome or ResultLevel.Impact or ResultLevel.Process;
            }
        }

        if (known > 0 && !measuresEffect)
        {
            found.Report(id, JsonPaths.Goal(i), id, goal.Level);
        }
    });
}
