namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0065: a programme that starts before or ends after the horizon of the approach.</summary>
internal sealed class ProgrammeOutsideHorizonRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0065",
    Title = new("Programma buiten de horizon", "Programme outside the horizon"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Time,
    MessageFormat = new(
        "Programma {0} loopt {1}, buiten de horizon {2}.",
        "Programme {0} runs {1}, outside the horizon {2}."),
    Rationale = new(
        "Uitvoeringsprogramma's zijn de opeenvolgende stappen naar de langetermijndoelen; een programma buiten de horizon is verkeerd gedateerd of hoort bij een andere aanpak.",
        "Implementation programmes are the successive steps towards the long-term goals; a programme outside the horizon is either mis-dated or belongs to another approach."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Verbeter de periode van het programma of verleng de horizon van de aanpak.",
        "Correct the programme period or extend the horizon of the approach."),
})
{
    public override void Analyze(ValidationContext context)
    {
        if (StatedHorizon.Of(context.Model) is not (var horizon, _))
        {
            return;
        }

        var programmes = context.Model.Programmes;
        for (var i = 0; i < programmes.Count; i++)
        {
            if (programmes[i] is { Id.Value: { } id, Period: { } period } && !Dates.Within(period, horizon))
            {
                context.Report(id, JsonPaths.Programme(i), id, period, horizon);
            }
        }
    }
}
