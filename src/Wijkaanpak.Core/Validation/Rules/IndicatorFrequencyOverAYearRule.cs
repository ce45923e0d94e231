using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0028: Measured less than once a year.</summary>
internal sealed class IndicatorFrequencyOverAYearRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0028",
    Title = "Measured less than once a year",
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Measurability,
    MessageFormat = "Indicator '{0}' is measured less often than once a year.",
    Rationale = "Steering needs figures at least yearly; a slower rhythm leaves most of a three- to four-year programme without fresh information.",
    Source = "004b §4 V10",
    HelpText = "Find a source updated at least yearly, or add a yearly proxy indicator beside the slow one.",
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => (indicator.Frequency ?? indicator.Source?.UpdateFrequency) is { } frequency && Dates.IsLonger(frequency, NodaTime.Period.FromYears(1));
}
