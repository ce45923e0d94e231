namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0063: an implementation programme shorter than three or longer than four years.</summary>
internal sealed class ProgrammePeriodOutOfRangeRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0063",
    Title = new("Programma niet drie tot vier jaar", "Programme outside three to four years"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Time,
    MessageFormat = new(
        "Programma {0} loopt {1:maand|maanden}; een uitvoeringsprogramma loopt drie tot vier jaar.",
        "Programme {0} runs {1:month|months}; an implementation programme runs three to four years."),
    Rationale = new(
        "Een uitvoeringsprogramma van drie tot vier jaar is lang genoeg om effecten te tonen en kort genoeg om op bewijs en met elke nieuwe raad bij te stellen; kortere programma's worden een projectencarrousel, langere verliezen hun grip.",
        "An implementation programme of three to four years is long enough to show effects and short enough to recalibrate on evidence and with each new council; shorter programmes turn into a project carousel, longer ones lose their grip."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Splits of verleng het programma zodat het 36 tot 48 maanden beslaat (programme.period).",
        "Split or extend the programme so that it covers 36 to 48 months (programme.period)."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var programmes = context.Model.Programmes;
        for (var i = 0; i < programmes.Count; i++)
        {
            if (programmes[i] is { Id.Value: { } id, Period: { } period })
            {
                var months = Dates.Months(period);
                if (months is < 36 or > 48)
                {
                    context.Report(id, JsonPaths.Programme(i), id, months);
                }
            }
        }
    }
}
