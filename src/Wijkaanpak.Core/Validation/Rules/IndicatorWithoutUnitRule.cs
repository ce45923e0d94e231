using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0025: Indicator without unit.</summary>
internal sealed class IndicatorWithoutUnitRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0025",
    Title = "Indicator without unit",
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Measurability,
    MessageFormat = "Indicator '{0}' states no unit.",
    Rationale = "A figure without a unit invites misreading when partners compare or roll up: a percentage, a count per thousand households and a score on a scale of ten look alike in a table.",
    Source = "004b §2.7; ARCHITECTURE §5",
    HelpText = "State the unit, e.g. %, households, score 1-10 (indicator.unit).",
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => string.IsNullOrWhiteSpace(indicator.Unit);
}
