namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0060: a horizon under ten years (fifteen under the NPLV profile).</summary>
internal sealed class HorizonTooShortRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0060",
    Title = "Horizon too short for an integrale wijkaanpak",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Time,
    MessageFormat = "The horizon of {0} months is shorter than the {1} years an integrale wijkaanpak needs.",
    Rationale = "Stacked disadvantage built up over decades and does not turn within one council term; the practice sets the vision at ten to twenty years, and the national programme at fifteen at least.",
    Source = "004a §4.2 VIS-01; 004b §4 V26",
    HelpText = "Set a horizon of at least ten years (fifteen for NPLV areas), with programmes of three to four years inside it.",
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
