using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0024: Indicator without source.</summary>
internal sealed class IndicatorWithoutSourceRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0024",
    Title = "Indicator without source",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = "Indicator '{0}' names no data source.",
    Rationale = "Partners should know in advance which data they will be asked for, and existing or national sources spare professionals and residents; an indicator without a source tends never to be filled.",
    Source = "004b §4 V9; 001 §4 rule 17",
    HelpText = "Name the data source and, where it applies, the partner that supplies it (indicator.source).",
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => indicator.Source is null;
}
