using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0083: Indicator finer than its source.</summary>
internal sealed class IndicatorFinerThanSourceRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0083",
    Title = "Indicator finer than its source",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Data,
    MessageFormat = "Indicator '{0}' is wanted at a finer scale than its source provides.",
    Rationale = "Care and welfare data often exist only for the wijk or the city; asking for an indicator per buurt or street that the source cannot supply yields gaps or invented figures.",
    Source = "000 §4 V26; 004a §4.5 IND-05",
    HelpText = "Set the indicator's granularity to the source's level or finer source, or choose a source that is published at the wanted scale.",
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => indicator.Granularity is { } wanted && indicator.Source?.Granularity is { } available && wanted < available;
}
