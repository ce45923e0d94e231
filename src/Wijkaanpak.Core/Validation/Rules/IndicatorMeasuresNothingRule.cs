using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0030: Indicator measures nothing.</summary>
internal sealed class IndicatorMeasuresNothingRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0030",
    Title = "Indicator measures nothing",
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Measurability,
    MessageFormat = "Indicator '{0}' is linked to no goal or intervention.",
    Rationale = "An indicator that measures no goal or intervention adds measuring burden without informing any decision in the theory of change.",
    Source = "004b §4 V13; 004a §4.1 TOC-06",
    HelpText = "Link the indicator to the goal or intervention it measures, or remove it from the set.",
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => !context.Session.UsedIndicators.Contains(indicator.Id);
}
