namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0042: an alliance member that has committed nothing.</summary>
internal sealed class MemberWithoutCommitmentRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0042",
    Title = "Member without any commitment",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Ownership,
    MessageFormat = "Alliance member '{0}' has made no commitment of money, capacity, knowledge or network.",
    Rationale = "Membership of the alliance may not be free of obligation: each partner brings money, capacity, knowledge or its network, otherwise its seat at the table is symbolic and the plan overestimates what is available.",
    Source = "004b §4 V16; 000 §4 V19",
    HelpText = "Record what the member contributes (alliantie.commitments), or end its membership.",
})
{
    public override void Analyze(ValidationContext context)
    {
        var members = context.Model.Alliantie?.Members ?? default;
        var committed = context.Session.CommittedStakeholders;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] is { StakeholderId.Value: { } id } member && !committed.Contains(member.StakeholderId) && reported.Add(id))
            {
                context.Report(id, JsonPaths.Member(i), id);
            }
        }
    }
}
