namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0061: a horizon of at least the minimum but under the recommended twenty years.</summary>
internal sealed class HorizonBelowRecommendedRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0061",
    Title = "Horizon shorter than the recommended twenty years",
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Time,
    MessageFormat = "The horizon of {0} months is under the recommended twenty years.",
    Rationale = "The approaches that showed lasting results committed for a generation: twenty years lets a cohort of children grow up under the approach and gives partners a reason to invest beyond their own cycles.",
    Source = "004a §4.2 VIS-01; 004b §4 V26",
    HelpText = "Consider extending the horizon to twenty years and plan programmes of three to four years within it.",
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
