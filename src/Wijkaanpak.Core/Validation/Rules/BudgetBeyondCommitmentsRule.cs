using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0071: a member funds budget lines beyond the money it has committed to the alliance.</summary>
internal sealed class BudgetBeyondCommitmentsRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0071",
    Title = new("Begrotingsregels boven de toezeggingen", "Budget lines beyond commitments"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Money,
    MessageFormat = new(
        "Begrotingsregels die {0} financiert, beloven {1:euro}, meer dan de {2:euro} die deze partner heeft toegezegd.",
        "Budget lines funded by {0} pledge {1:euro}, more than the {2:euro} it has committed."),
    Rationale = new(
        "Begrotingsregels rekenen op geld dat een partner moet leveren; gaan ze boven wat de partner werkelijk toezegde, dan rust het programma op geld dat niemand beloofde.",
        "Budget lines count on money a partner has to deliver; when they exceed what the partner actually committed, the programme rests on funding nobody promised."),
    Source = "Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007); Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Leg de geldtoezegging van de partner vast (alliantie.commitments, soort money) of verlaag de begrotingsregels die zij financiert.",
        "Record the partner's money commitment (alliantie.commitments, kind money) or lower the budget lines it funds."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var model = context.Model;
        if (model.Alliantie is not { } alliantie)
        {
            return;
        }

        var committed = new Dictionary<StakeholderId, decimal>();
        foreach (var commitment in alliantie.Commitments)
        {
            if (commitment is { Kind: CommitmentKind.Money })
            {
                committed[commitment.StakeholderId] = committed.GetValueOrDefault(commitment.StakeholderId) + (commitment.Amount ?? 0m);
            }
        }

        var pledged = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in model.Programmes.SelectMany(p => p?.BudgetLines ?? default))
        {
            if (line is { FunderId: { Value: { } funder } funderId } && context.Session.AllianceMembers.Contains(funderId))
            {
                pledged[funder] = pledged.GetValueOrDefault(funder) + line.Pledged;
            }
        }

        foreach (var (funder, amount) in pledged)
        {
            var promised = committed.GetValueOrDefault(new StakeholderId(funder));
            if (amount > promised)
            {
                context.Report(funder, null, funder, amount, promised);
            }
        }
    }
}
