using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0083: Indicator finer than its source.</summary>
internal sealed class IndicatorFinerThanSourceRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0083",
    Title = new("Indicator fijner dan haar bron", "Indicator finer than its source"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Data,
    MessageFormat = new(
        "Indicator {0} wordt gevraagd op een fijnere schaal dan haar bron levert.",
        "Indicator {0} is wanted at a finer scale than its source provides."),
    Rationale = new(
        "Gegevens over zorg en welzijn bestaan vaak alleen voor de wijk of de stad; wie een indicator per buurt of straat vraagt die de bron niet kan leveren, krijgt gaten of verzonnen cijfers.",
        "Care and welfare data often exist only for the wijk or the city; asking for an indicator per buurt or street that the source cannot supply yields gaps or invented figures."),
    Source = "Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007); Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Zet de schaal van de indicator op het niveau van de bron, of kies een bron die op de gewenste schaal publiceert.",
        "Set the indicator's granularity to the source's level, or choose a source that is published at the wanted scale."),
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => indicator.Granularity is { } wanted && indicator.Source?.Granularity is { } available && wanted < available;
}
