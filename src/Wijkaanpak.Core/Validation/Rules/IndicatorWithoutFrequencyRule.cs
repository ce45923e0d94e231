using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0026: Indicator without measurement frequency.</summary>
internal sealed class IndicatorWithoutFrequencyRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0026",
    Title = "Indicator without measurement frequency",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = "Indicator '{0}' states no measurement frequency.",
    Rationale = "Monitoring works in a rhythm, updated at least yearly; without a stated frequency nobody can tell whether a series is up to date or has stalled.",
    Source = "004b §4 V10",
    HelpText = "Set how often the indicator is measured (indicator.frequency) or how often its source is updated (indicator.source.updateFrequency).",
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => indicator.Frequency is null && indicator.Source?.UpdateFrequency is null;
}
