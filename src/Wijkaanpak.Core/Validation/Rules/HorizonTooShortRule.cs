namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0060: a horizon under ten years (fifteen under the NPLV profile).</summary>
internal sealed class HorizonTooShortRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0060",
    Title = new("Horizon te kort voor een integrale wijkaanpak", "Horizon too short for an integrale wijkaanpak"),
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Time,
    MessageFormat = new(
        "De horizon van {0:maand|maanden} is korter dan de {1} jaar die een integrale wijkaanpak nodig heeft.",
        "The horizon of {0:month|months} is shorter than the {1} years an integrale wijkaanpak needs."),
    Rationale = new(
        "Gestapelde achterstand is in decennia ontstaan en keert niet binnen één raadsperiode; de praktijk legt de visie op tien tot twintig jaar, het nationale programma op minstens vijftien.",
        "Stacked disadvantage built up over decades and does not turn within one council term; the practice sets the vision at ten to twenty years, and the national programme at fifteen at least."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Kies een horizon van minstens tien jaar (vijftien voor NPLV-gebieden), met programma's van drie tot vier jaar daarbinnen.",
        "Set a horizon of at least ten years (fifteen for NPLV areas), with programmes of three to four years inside it."),
})
{
    public override void Analyze(ValidationContext context)
    {
        if (StatedHorizon.Of(context.Model) is not (var horizon, var path))
        {
            return;
        }

        var years = StatedHorizon.MinimumYears(context.Profile);
        var months = Dates.Months(horizon);
        if (months < years * 12)
        {
            context.Report([], path, months, years);
        }
    }
}
