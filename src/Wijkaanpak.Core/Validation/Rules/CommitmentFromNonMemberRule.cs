namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0053: a commitment recorded for a stakeholder that is not a member of the alliance.</summary>
internal sealed class CommitmentFromNonMemberRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0053",
    Title = new("Inbreng van een niet-lid", "Commitment from a non-member"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "{0} heeft een toezegging gedaan maar is geen lid van de alliantie.",
        "{0} has a commitment but is not a member of the alliance."),
    Rationale = new(
        "Toezeggingen worden binnen de alliantie gedaan en daar herzien; op een toezegging van een buitenstaander kunnen de partners geen beroep doen en zij raakt gemakkelijk uit beeld.",
        "Commitments are made within the alliance and reviewed there; a pledge by an outsider cannot be called upon by the partners and easily disappears from view."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Voeg de belanghebbende toe als lid (alliantie.members) of leg de bijdrage vast als externe financiering.",
        "Add the stakeholder as a member (alliantie.members) or record its contribution as external funding."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var commitments = context.Model.Alliantie?.Commitments ?? default;
        var members = context.Session.AllianceMembers;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < commitments.Count; i++)
        {
            if (commitments[i] is { StakeholderId.Value: { } id } commitment && !members.Contains(commitment.StakeholderId) && reported.Add(id))
            {
                context.Report(id, JsonPaths.Commitment(i), id);
            }
        }
    }
}
