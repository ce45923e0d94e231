namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0040: an intervention with no owner (*trekker*).</summary>
internal sealed class InterventionWithoutOwnerRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0040",
    Title = "Intervention without owner",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Ownership,
    MessageFormat = "Intervention '{0}' has no owner.",
    Rationale = "Work that belongs to everyone is done by no one: each project needs exactly one partner that pulls it and can be held to account when results disappoint.",
    Source = "004b §4 V15; 000 §4 V09; 001 §4 rule 11",
    HelpText = "Name the partner that owns and leads the intervention (intervention.ownerId).",
})
{
    public override void Analyze(ValidationContext context) => context.OnIntervention((found, intervention, i) =>
    {
        if (intervention is { Id.Value: { } id, OwnerId: null })
        {
            found.Report(id, JsonPaths.Intervention(i), id);
        }
    });
}
