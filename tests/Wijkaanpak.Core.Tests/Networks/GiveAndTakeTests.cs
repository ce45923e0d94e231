using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class GiveAndTakeTests
{
    private static MemberGiveAndTake Of(string id) =>
        AllianceAnalysis.GiveAndTake(AllianceModels.Wijkalliantie()).Single(g => g.StakeholderId == new StakeholderId(id));

    [Fact]
    public void A_partner_that_commits_and_expects_a_benefit_gives_and_takes()
    {
        var gemeente = Of("gemeente");

        Assert.Equal(GiveAndTakeBalance.GivesAndTakes, gemeente.Balance);
        Assert.Equal(100_000m, gemeente.Money);
        Assert.Equal(2.5m, gemeente.Capacity);
        Assert.Equal([CommitmentKind.Money, CommitmentKind.Capacity], gemeente.CommittedKinds);
        Assert.Equal(20_000m, gemeente.BenefitAnnualValue);
    }

    [Fact]
    public void A_partner_that_commits_without_a_stated_benefit_invests_without_benefit()
    {
        Assert.Equal(GiveAndTakeBalance.InvestsWithoutBenefit, Of("corporatie").Balance);
    }

    [Fact]
    public void A_partner_that_expects_a_benefit_without_committing_benefits_without_investing()
    {
        Assert.Equal(GiveAndTakeBalance.BenefitsWithoutInvesting, Of("bewoners").Balance);
    }

    [Fact]
    public void A_member_with_neither_commitments_nor_benefits_is_listed_as_neither()
    {
        Assert.Equal(GiveAndTakeBalance.Neither, Of("politie").Balance);
    }

    [Fact]
    public void Parties_are_listed_once_in_ordinal_id_order()
    {
        var ids = AllianceAnalysis.GiveAndTake(AllianceModels.Wijkalliantie()).Select(g => g.StakeholderId.Value);

        Assert.Equal(["bewoners", "corporatie", "gemeente", "politie"], ids);
    }

    [Fact]
    public void A_model_without_alliance_has_no_give_and_take()
    {
        Assert.Empty(AllianceAnalysis.GiveAndTake(AllianceModels.Wijkalliantie() with { Alliantie = null }));
    }
}
