using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0022: Indicator without baseline.</summary>
internal sealed class IndicatorWithoutBaselineRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0022",
    Title = "Indicator without baseline",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = "Indicator '{0}' has no baseline (nulmeting).",
    Rationale = "Progress is the distance travelled from a starting point; without a zero measurement taken from the initial analysis, no later figure can show whether things improved.",
    Source = "004b §4 V8; 000 §4 V07",
    HelpText = "Record the baseline value and its date (indicator.baseline), taken from the analysis at the start of the approach.",
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => indicator.Baseline is null;
}
