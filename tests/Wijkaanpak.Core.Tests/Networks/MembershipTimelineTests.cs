using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class MembershipTimelineTests
{
    private static readonly EquatableArray<MembershipYear> Years = AllianceAnalysis.Membership(AllianceModels.Wijkalliantie());

    private static EquatableArray<StakeholderId> Ids(params string[] ids) => [.. ids.Select(id => new StakeholderId(id))];

    [Fact]
    public void Years_run_from_the_first_join_to_the_last_join_or_leave()
    {
        Assert.Equal([2020, 2021, 2022], Years.Select(y => y.Year));
    }

    [Fact]
    public void The_founding_year_lists_the_founders_as_joined()
    {
        Assert.Equal(Ids("bewoners", "gemeente", "politie"), Years[0].JoinedIds);
    }

    [Fact]
    public void A_party_leaving_on_the_first_day_of_a_year_is_not_a_member_in_that_year()
    {
        Assert.Equal(Ids("politie"), Years[1].LeftIds);
        Assert.Equal(Ids("bewoners", "corporatie", "gemeente"), Years[1].MemberIds);
    }

    [Fact]
    public void A_party_leaving_mid_year_is_a_member_and_a_leaver_in_that_year()
    {
        Assert.Equal(Ids("bewoners"), Years[2].LeftIds);
        Assert.Contains(new StakeholderId("bewoners"), Years[2].MemberIds);
    }

    [Fact]
    public void The_full_report_lists_the_members_active_today()
    {
        var report = AllianceAnalysis.Analyse(AllianceModels.Wijkalliantie());

        Assert.Equal(Ids("corporatie", "gemeente"), report.ActiveMemberIds);
        Assert.Equal(4, report.DomainCoverage.Count);
        Assert.Equal(5, report.Salience.Count);
    }
}
