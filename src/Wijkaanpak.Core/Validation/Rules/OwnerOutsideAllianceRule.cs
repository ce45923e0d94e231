namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0041: an intervention owned by a stakeholder that is not (and was never) an alliance member.</summary>
internal sealed class OwnerOutsideAllianceRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0041",
    Title = "Owner outside the alliance",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = "Intervention '{0}' is owned by '{1}', which is not a member of the alliance.",
    Rationale = "The alliance is where partners commit and answer to each other; an owner outside it carries an intervention the alliance cannot steer or hold to account.",
    Source = "004b §4 V15, V16; 004a §4.3 ALL-05",
    HelpText = "Invite the owner into the alliance (alliantie.members) or hand the intervention to a member.",
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie is null)
        {
            return;
        }

        context.OnIntervention((found, intervention, i) =>
        {
            if (intervention is { Id.Value: { } id, OwnerId: { Value: { } owner } ownerId } && !found.Session.AllianceMembers.Contains(ownerId))
            {
                found.Report([id, owner], JsonPaths.Intervention(i), id, owner);
            }
        });
    }
}
