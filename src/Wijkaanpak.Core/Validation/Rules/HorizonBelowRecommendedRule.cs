namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0061: a horizon of at least the minimum but under the recommended twenty years.</summary>
internal sealed class HorizonBelowRecommendedRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0061",
    Title = new("Horizon korter dan de aanbevolen twintig jaar", "Horizon shorter than the recommended twenty years"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Time,
    MessageFormat = new(
        "De horizon van {0:maand|maanden} is korter dan de aanbevolen twintig jaar.",
        "The horizon of {0:month|months} is under the recommended twenty years."),
    Rationale = new(
        "De aanpakken met blijvende resultaten verbonden zich voor een generatie: twintig jaar laat een lichting kinderen onder de aanpak opgroeien en geeft partners een reden om verder te investeren dan hun eigen cycli.",
        "The approaches that showed lasting results committed for a generation: twenty years lets a cohort of children grow up under the approach and gives partners a reason to invest beyond their own cycles."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Overweeg de horizon te verlengen tot twintig jaar en plan daarbinnen programma's van drie tot vier jaar.",
        "Consider extending the horizon to twenty years and plan programmes of three to four years within it."),
})
{
    public override void Analyze(ValidationContext context)
    {
        if (StatedHorizon.Of(context.Model) is not (var horizon, var path))
        {
            return;
        }

        var minimum = StatedHorizon.MinimumYears(context.Profile);
        var months = Dates.Months(horizon);
        if (months >= minimum * 12 && months < 20 * 12)
        {
            context.Report([], path, months);
        }
    }
}
