namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0062: neither the model nor its theory of change states a horizon.</summary>
internal sealed class HorizonNotStatedRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0062",
    Title = new("Horizon niet vastgelegd", "Horizon not stated"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Time,
    MessageFormat = new(
        "De aanpak '{0}' legt geen horizon vast (stip op de horizon).",
        "The approach '{0}' states no horizon (stip op de horizon)."),
    Rationale = new(
        "Langetermijndoelen zijn het kompas dat korte programma's dezelfde kant op laat wijzen; zonder vastgelegde einddatum kan niemand zien of programma's, streefwaarden en contracten bij de aanpak passen.",
        "Long-term goals are the compass that keeps short programmes pointing the same way; without a stated end date nobody can tell whether programmes, targets and contracts fit the approach."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Leg de looptijd van de aanpak als geheel vast (horizon), doorgaans tien tot twintig jaar.",
        "State the period of the approach as a whole (horizon), typically ten to twenty years."),
})
{
    public override void Analyze(ValidationContext context)
    {
        if (StatedHorizon.Of(context.Model) is null)
        {
            context.Report([], JsonPaths.Root, context.Model.Name);
        }
    }
}
