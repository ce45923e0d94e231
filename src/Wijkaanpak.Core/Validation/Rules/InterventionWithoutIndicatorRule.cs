namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0033: an intervention with no performance indicator (*prestatie-indicator*).</summary>
internal sealed class InterventionWithoutIndicatorRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0033",
    Title = new("Interventie zonder prestatie-indicator", "Intervention without performance indicator"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "Interventie {0} heeft geen prestatie-indicator.",
        "Intervention {0} has no performance indicator."),
    Rationale = new(
        "Logical Framework Planning koppelt elke activiteit aan de indicatoren die laten zien dat zij is uitgevoerd; de monitoring dekt dan zowel het project als het programma.",
        "Logical-framework planning pairs every activity with the indicators that show it was carried out; monitoring then covers both project and programme level."),
    Source = "Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007); Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Koppel een activiteiten- of prestatie-indicator aan de interventie (intervention.indicatorIds), zoals het aantal bereikte huishoudens.",
        "Link an activity or output indicator to the intervention (intervention.indicatorIds), such as the number of households reached."),
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
