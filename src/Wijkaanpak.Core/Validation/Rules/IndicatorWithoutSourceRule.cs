using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0024: Indicator without source.</summary>
internal sealed class IndicatorWithoutSourceRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0024",
    Title = new("Indicator zonder bron", "Indicator without source"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "Indicator {0} noemt geen databron.",
        "Indicator {0} names no data source."),
    Rationale = new(
        "Partners moeten vooraf weten om welke gegevens hun gevraagd wordt, en bestaande of landelijke bronnen sparen professionals en bewoners; een indicator zonder bron wordt vaak nooit gevuld.",
        "Partners should know in advance which data they will be asked for, and existing or national sources spare professionals and residents; an indicator without a source tends never to be filled."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Checklist Wmo-praktijken (Verwey-Jonker Instituut, 2013)",
    HelpText = new(
        "Noem de databron en, waar dat geldt, de partner die haar levert (indicator.source).",
        "Name the data source and, where it applies, the partner that supplies it (indicator.source)."),
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => indicator.Source is null;
}
