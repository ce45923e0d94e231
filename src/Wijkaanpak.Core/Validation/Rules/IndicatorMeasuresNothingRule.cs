using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0030: Indicator measures nothing.</summary>
internal sealed class IndicatorMeasuresNothingRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0030",
    Title = new("Indicator meet niets", "Indicator measures nothing"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "Indicator {0} is aan geen doel of interventie gekoppeld.",
        "Indicator {0} is linked to no goal or intervention."),
    Rationale = new(
        "Een indicator die geen doel of interventie meet, legt meetlast op zonder een besluit in de verandertheorie te voeden.",
        "An indicator that measures no goal or intervention adds measuring burden without informing any decision in the theory of change."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Koppel de indicator aan het doel of de interventie die zij meet, of haal haar uit de set.",
        "Link the indicator to the goal or intervention it measures, or remove it from the set."),
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => !context.Session.UsedIndicators.Contains(indicator.Id);
}
