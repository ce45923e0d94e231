namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0042: an alliance member that has committed nothing.</summary>
internal sealed class MemberWithoutCommitmentRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0042",
    Title = new("Lid zonder enige inbreng", "Member without any commitment"),
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "Alliantielid {0} brengt geen geld, capaciteit, kennis of netwerk in.",
        "Alliance member {0} has made no commitment of money, capacity, knowledge or network."),
    Rationale = new(
        "Lidmaatschap van de alliantie is niet vrijblijvend: elke partner brengt geld, capaciteit, kennis of zijn netwerk in, anders is zijn plaats aan tafel symbolisch en overschat het plan wat er beschikbaar is.",
        "Membership of the alliance may not be free of obligation: each partner brings money, capacity, knowledge or its network, otherwise its seat at the table is symbolic and the plan overestimates what is available."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007)",
    HelpText = new(
        "Leg vast wat het lid inbrengt (alliantie.commitments), of beëindig het lidmaatschap.",
        "Record what the member contributes (alliantie.commitments), or end its membership."),
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
