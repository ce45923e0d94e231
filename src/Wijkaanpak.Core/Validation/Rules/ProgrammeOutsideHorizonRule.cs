namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0065: a programme that starts before or ends after the horizon of the approach.</summary>
internal sealed class ProgrammeOutsideHorizonRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0065",
    Title = "Programme outside the horizon",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Time,
    MessageFormat = "Programme '{0}' runs {1}..{2}, outside the horizon {3}..{4}.",
    Rationale = "Implementation programmes are the successive steps towards the long-term goals; a programme outside the horizon is either mis-dated or belongs to another approach.",
    Source = "004b §4 V26",
    HelpText = "Correct the programme period or extend the horizon of the approach.",
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
                context.Report(id, JsonPaths.Programme(i), id, Dates.Iso(period.Start), Dates.Iso(period.End), Dates.Iso(horizon.Start), Dates.Iso(horizon.End));
            }
        }
    }
}
