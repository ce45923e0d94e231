using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0023: Indicator without target.</summary>
internal sealed class IndicatorWithoutTargetRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0023",
    Title = new("Indicator zonder streefwaarde", "Indicator without target"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "Indicator {0} heeft geen streefwaarde.",
        "Indicator {0} has no target (streefwaarde)."),
    Rationale = new(
        "Een indicator zonder streefwaarde of referentiekader kan het gebied beschrijven maar niet zeggen of de aanpak op koers ligt; de doelen blijven te vaag om op te sturen.",
        "An indicator without a target value or reference frame can describe the area but cannot say whether the approach is on course; goals stay too diffuse to steer on."),
    Source = "Wijkgericht werken vergeleken (2005); Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Voeg een streefwaarde toe met een datum en een waarde of een referentiekader zoals het stedelijk gemiddelde (indicator.targets).",
        "Add a target with a date and a value or a reference frame such as the city average (indicator.targets)."),
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => indicator.Targets.IsEmpty;
}
