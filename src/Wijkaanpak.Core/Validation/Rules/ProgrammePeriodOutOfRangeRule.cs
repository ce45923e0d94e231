namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0063: an implementation programme shorter than three or longer than four years.</summary>
internal sealed class ProgrammePeriodOutOfRangeRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0063",
    Title = "Programme outside three to four years",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Time,
    MessageFormat = "Programme '{0}' runs {1} months; an implementation programme runs three to four years.",
    Rationale = "An implementation programme of three to four years is long enough to show effects and short enough to recalibrate on evidence and with each new council; shorter programmes turn into a project carousel, longer ones lose their grip.",
    Source = "004b §4 V26",
    HelpText = "Split or extend the programme so that it covers 36 to 48 months (programme.period).",
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
