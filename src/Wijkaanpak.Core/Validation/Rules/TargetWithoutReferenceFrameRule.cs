namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0029: a target that does not say against what it is set.</summary>
internal sealed class TargetWithoutReferenceFrameRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0029",
    Title = new("Streefwaarde zonder referentiekader", "Target without reference frame"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Measurability,
    MessageFormat = new(
        "Indicator {0} heeft een streefwaarde voor {1} zonder referentiekader.",
        "Indicator {0} has a target dated {1} without a reference frame."),
    Rationale = new(
        "Of een streefwaarde ambitieus is, hangt af van waarmee zij wordt vergeleken: het stedelijk gemiddelde, vergelijkbare buurten of het eigen beginpunt. Wie het kader noemt, kan de ambitie aan raad en bewoners uitleggen.",
        "Whether a target is ambitious depends on what it is compared with: the city average, comparable neighbourhoods or the area's own starting point. Naming the frame makes the ambition explainable to council and residents."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Leg het referentiekader van de streefwaarde vast (target.frame): stedelijk gemiddelde, G4-gemiddelde, landelijk gemiddelde, eigen nulmeting of vergelijkbare buurten.",
        "Set the target's reference frame (target.frame): city average, G4 average, national average, own baseline or comparable areas."),
})
{
    public override void Analyze(ValidationContext context) => context.OnTarget((found, indicator, i, t) =>
    {
        if (indicator is { Id.Value: { } id } && indicator.Targets[t] is { Frame: null } target)
        {
            found.Report(id, JsonPaths.Target(i, t), id, target.Date);
        }
    });
}
