namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0033: an intervention with no performance indicator (*prestatie-indicator*).</summary>
internal sealed class InterventionWithoutIndicatorRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0033",
    Title = "Intervention without performance indicator",
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Measurability,
    MessageFormat = "Intervention '{0}' has no performance indicator.",
    Rationale = "Logical-framework planning pairs every activity with the indicators that show it was carried out; monitoring then covers both project and programme level.",
    Source = "000 §4 V05; 004b §4 V6",
    HelpText = "Link an activity or output indicator to the intervention (intervention.indicatorIds), such as the number of households reached.",
})
{
    public override void Analyze(ValidationContext context) => context.OnIntervention((found, intervention, i) =>
    {
        if (intervention is { Id.Value: { } id } && intervention.IndicatorIds.IsEmpty)
        {
            found.Report(id, JsonPaths.Intervention(i), id);
        }
    });
}
