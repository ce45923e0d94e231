namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0041: an intervention owned by a stakeholder that is not (and was never) an alliance member.</summary>
internal sealed class OwnerOutsideAllianceRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0041",
    Title = new("Eigenaar buiten de alliantie", "Owner outside the alliance"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "Interventie {0} is in handen van {1}, geen lid van de alliantie.",
        "Intervention {0} is owned by {1}, which is not a member of the alliance."),
    Rationale = new(
        "In de alliantie committeren partners zich en spreken ze elkaar aan; een eigenaar daarbuiten draagt een interventie die de alliantie niet kan sturen of verantwoorden.",
        "The alliance is where partners commit and answer to each other; an owner outside it carries an intervention the alliance cannot steer or hold to account."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Nodig de eigenaar uit in de alliantie (alliantie.members) of draag de interventie over aan een lid.",
        "Invite the owner into the alliance (alliantie.members) or hand the intervention to a member."),
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
