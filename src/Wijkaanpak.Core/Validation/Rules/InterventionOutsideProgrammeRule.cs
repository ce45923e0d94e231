namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0064: an intervention whose period does not lie within its programme's period.</summary>
internal sealed class InterventionOutsideProgrammeRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0064",
    Title = "Intervention outside its programme's period",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Time,
    MessageFormat = "Intervention '{0}' runs {1}..{2}, outside the period {3}..{4} of its programme '{5}'.",
    Rationale = "A programme accounts for what happens within its period; an intervention that starts before or runs past it escapes that accounting and its funding is not secured.",
    Source = "004b §4 V26, V34",
    HelpText = "Align the intervention's period with its programme, or move it to the programme in which it runs.",
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
            Dates.Iso(period.Start),
            Dates.Iso(period.End),
            Dates.Iso(programmePeriod.Start),
            Dates.Iso(programmePeriod.End),
            programme.Id.Value);
    });
}
