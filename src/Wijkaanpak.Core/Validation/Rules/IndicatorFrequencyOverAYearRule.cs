using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0028: Measured less than once a year.</summary>
internal sealed class IndicatorFrequencyOverAYearRule() : IndicatorRule(new RuleDescriptor
{
    Code = "WA0028",
    Title = new("Minder dan eens per jaar gemeten", "Measured less than once a year"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "Indicator {0} wordt minder dan eens per jaar gemeten.",
        "Indicator {0} is measured less often than once a year."),
    Rationale = new(
        "Sturen vraagt om cijfers die minstens jaarlijks komen; een trager ritme laat het grootste deel van een programma van drie tot vier jaar zonder verse informatie.",
        "Steering needs figures at least yearly; a slower rhythm leaves most of a three- to four-year programme without fresh information."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Zoek een bron die minstens jaarlijks wordt bijgewerkt, of voeg naast de trage indicator een jaarlijkse vervangende indicator toe.",
        "Find a source updated at least yearly, or add a yearly proxy indicator beside the slow one."),
})
{
    protected override bool IsDeficient(Indicator indicator, ValidationContext context) => (indicator.Frequency ?? indicator.Source?.UpdateFrequency) is { } frequency && Dates.IsLonger(frequency, NodaTime.Period.FromYears(1));
}
