using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0023: Indicator without target.</summary>
internal sealed class IndicatorWithoutTargetRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0023",
    Title = "Indicator without target",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = "Indicator '{0}' has no target (streefwaarde).",
    Rationale = "An indicator without a target value or reference frame can describe the area but cannot say whether the approach is on course; goals stay too diffuse to steer on.",
    Source = "003 §4 R19; 004a §4.5 IND-08",
    HelpText = "Add a target with a date and a value or a reference frame such as the city average (indicator.targets).",
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => indicator.Targets.IsEmpty;
}
