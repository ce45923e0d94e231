using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0031: an indicator set with facts only, no perception (*beleving*) indicators.</summary>
internal sealed class NoPerceptionIndicatorsRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0031",
    Title = new("Geen belevingsindicatoren", "No perception indicators"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "Geen van de indicatoren ({0}) meet hoe bewoners het gebied beleven.",
        "None of the indicators ({0}) measures how residents experience the area."),
    Rationale = new(
        "Geregistreerde feiten en de beleving van bewoners kunnen uiteenlopen: de criminaliteit kan dalen terwijl mensen zich minder veilig voelen. Een evenwichtige set mengt objectieve cijfers met beleving en kwalitatieve maten.",
        "Registered facts and residents' experience can move in opposite directions: crime may fall while people feel less safe. A balanced set mixes objective figures with perception and qualitative measures."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Voeg minstens één indicator van de aard beleving toe, zoals een score voor veiligheid of samenhang uit een bewonersenquête.",
        "Add at least one indicator of nature perception, such as a safety or cohesion score from a resident survey."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var indicators = context.Model.Indicators;
        if (indicators.Count > 0 && !indicators.Any(i => i?.Nature is IndicatorNature.Perception))
        {
            context.ReportModel(indicators.Count);
        }
    }
}
