namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0064: an intervention whose period does not lie within its programme's period.</summary>
internal sealed class InterventionOutsideProgrammeRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0064",
    Title = new("Interventie buiten de periode van haar programma", "Intervention outside its programme's period"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Time,
    MessageFormat = new(
        "Interventie {0} loopt van {1}, buiten de periode {2} van haar programma {3}.",
        "Intervention {0} runs {1}, outside the period {2} of its programme {3}."),
    Rationale = new(
        "Een programma legt verantwoording af over wat binnen zijn periode gebeurt; een interventie die eerder begint of langer doorloopt, ontsnapt aan die verantwoording en haar financiering is niet zeker.",
        "A programme accounts for what happens within its period; an intervention that starts before or runs past it escapes that accounting and its funding is not secured."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Stem de periode van de interventie af op haar programma, of verplaats haar naar het programma waarin zij loopt.",
        "Align the intervention's period with its programme, or move it to the programme in which it runs."),
})
{
    public override void Analyze(ValidationContext context) => context.OnIntervention((found, intervention, i) =>
    {
        if (intervention is not { Id.Value: { } id, Period: { } period, ProgrammeId: { } programmeId }
            || found.Model.FindProgramme(programmeId) is not { Period: { } programmePeriod } programme
            || Dates.Within(period, programmePeriod))
        {
            return;
        }

        found.Report(
            [id, programme.Id.Value],
            JsonPaths.Intervention(i),
            id,
            period,
            programmePeriod,
            programme.Id.Value);
    });
}
