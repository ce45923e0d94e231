using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0026: Indicator without measurement frequency.</summary>
internal sealed class IndicatorWithoutFrequencyRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0026",
    Title = new("Indicator zonder meetfrequentie", "Indicator without measurement frequency"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "Indicator {0} noemt geen meetfrequentie.",
        "Indicator {0} states no measurement frequency."),
    Rationale = new(
        "Monitoren gaat in een ritme, minstens jaarlijks bijgewerkt; zonder vastgelegde frequentie kan niemand zien of een reeks actueel is of is stilgevallen.",
        "Monitoring works in a rhythm, updated at least yearly; without a stated frequency nobody can tell whether a series is up to date or has stalled."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Leg vast hoe vaak de indicator wordt gemeten (indicator.frequency) of hoe vaak de bron wordt bijgewerkt (indicator.source.updateFrequency).",
        "Set how often the indicator is measured (indicator.frequency) or how often its source is updated (indicator.source.updateFrequency)."),
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => indicator.Frequency is null && indicator.Source?.UpdateFrequency is null;
}
