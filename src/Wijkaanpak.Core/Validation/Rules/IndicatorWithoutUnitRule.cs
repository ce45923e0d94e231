using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0025: Indicator without unit.</summary>
internal sealed class IndicatorWithoutUnitRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0025",
    Title = new("Indicator zonder eenheid", "Indicator without unit"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "Indicator {0} noemt geen eenheid.",
        "Indicator {0} states no unit."),
    Rationale = new(
        "Een cijfer zonder eenheid wordt verkeerd gelezen als partners vergelijken of optellen: een percentage, een aantal per duizend huishoudens en een rapportcijfer lijken in een tabel op elkaar.",
        "A figure without a unit invites misreading when partners compare or roll up: a percentage, a count per thousand households and a score on a scale of ten look alike in a table."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Noem de eenheid, bijvoorbeeld %, huishoudens, rapportcijfer 1-10 (indicator.unit).",
        "State the unit, e.g. %, households, score 1-10 (indicator.unit)."),
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => string.IsNullOrWhiteSpace(indicator.Unit);
}
