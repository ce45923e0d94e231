using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Give and take per party (*halen en brengen*): what it commits against what it expects, since a
/// partner stays only while its own interest is served (bron: 004a §2.8; 004b §2.8 en §4 V16–V17).
/// </summary>
internal static class GiveAndTakeAnalysis
{
    public static EquatableArray<MemberGiveAndTake> Balance(WijkaanpakModel model)
    {
        if (model.Alliantie is not { } alliantie)
        {
            return [];
        }

        var members = alliantie.Members.Select(m => m.StakeholderId).ToHashSet();
        var commitments = alliantie.Commitments.ToLookup(c => c.StakeholderId);
        var benefits = alliantie.ExpectedBenefits.ToLookup(b => b.StakeholderId);
        var parties = members
            .Concat(alliantie.Commitments.Select(c => c.StakeholderId))
            .Concat(alliantie.ExpectedBenefits.Select(b => b.StakeholderId))
            .Distinct()
            .Order();
        return [.. parties.Select(id => Of(id, members.Contains(id), [.. commitments[id]], [.. benefits[id]]))];
    }

    public static GiveAndTakeBalance BalanceOf(bool gives, bool takes) => (gives, takes) switch
    {
        (true, true) => GiveAndTakeBalance.GivesAndTakes,
        (true, false) => GiveAndTakeBalance.InvestsWithoutBenefit,
        (false, true) => GiveAndTakeBalance.BenefitsWithoutInvesting,
        (false, false) => GiveAndTakeBalance.Neither,
    };

    private static MemberGiveAndTake Of(StakeholderId id, bool isMember, List<Commitment> commitments, List<ExpectedBenefit> benefits) => new()
    {
        StakeholderId = id,
        IsMember = isMember,
        CommitmentCount = commitments.Count,
        CommittedKinds = [.. commitments.Select(c => c.Kind).Distinct().Order()],
        Money = Sum(commitments, CommitmentKind.Money),
        Capacity = Sum(commitments, CommitmentKind.Capacity),
        BenefitCount = benefits.Count,
        BenefitAnnualValue = benefits.Sum(b => b.AnnualValue ?? 0m),
        Balance = BalanceOf(commitments.Count > 0, benefits.Count > 0),
    };

    private static decimal Sum(List<Commitment> commitments, CommitmentKind kind) =>
        commitments.Where(c => c.Kind == kind).Sum(c => c.Amount ?? 0m);
}
