using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0022: Indicator without baseline.</summary>
internal sealed class IndicatorWithoutBaselineRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0022",
    Title = new("Indicator zonder nulmeting", "Indicator without baseline"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "Indicator {0} heeft geen nulmeting.",
        "Indicator {0} has no baseline (nulmeting)."),
    Rationale = new(
        "Voortgang is de afstand vanaf een beginpunt; zonder nulmeting uit de analyse aan het begin kan geen later cijfer laten zien of het beter ging.",
        "Progress is the distance travelled from a starting point; without a zero measurement taken from the initial analysis, no later figure can show whether things improved."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007)",
    HelpText = new(
        "Leg de nulmeting met haar datum vast (indicator.baseline), ontleend aan de analyse bij de start van de aanpak.",
        "Record the baseline value and its date (indicator.baseline), taken from the analysis at the start of the approach."),
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => indicator.Baseline is null;
}
