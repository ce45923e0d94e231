using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class GovernanceCoverageTests
{
    private static GovernanceLevelCoverage At(GovernanceLevel level) =>
        AllianceAnalysis.Governance(AllianceModels.Wijkalliantie()).Single(g => g.Level == level);

    [Fact]
    public void The_three_levels_are_reported_in_order_executive_first()
    {
        var levels = AllianceAnalysis.Governance(AllianceModels.Wijkalliantie()).Select(g => g.Level);

        Assert.Equal([GovernanceLevel.Bestuurlijk, GovernanceLevel.Tactisch, GovernanceLevel.Operationeel], levels);
    }

    [Fact]
    public void The_chair_of_a_body_counts_as_seated_at_its_level()
    {
        var bestuurlijk = At(GovernanceLevel.Bestuurlijk);

        Assert.Equal([new StakeholderId("corporatie"), new StakeholderId("gemeente")], bestuurlijk.SeatedMemberIds);
        Assert.Empty(bestuurlijk.UnseatedMemberIds);
    }

    [Fact]
    public void A_level_without_bodies_is_reported_with_every_active_member_unseated()
    {
        var tactisch = At(GovernanceLevel.Tactisch);

        Assert.False(tactisch.HasBody);
        Assert.Equal([new StakeholderId("corporatie"), new StakeholderId("gemeente")], tactisch.UnseatedMemberIds);
    }

    [Fact]
    public void A_seated_party_that_left_is_not_counted_as_a_seated_member()
    {
        var operationeel = At(GovernanceLevel.Operationeel);

        Assert.Equal([new StakeholderId("corporatie")], operationeel.SeatedMemberIds);
        Assert.Equal([new StakeholderId("gemeente")], operationeel.UnseatedMemberIds);
    }

    [Fact]
    public void A_body_that_says_it_seats_residents_makes_its_level_include_residents()
    {
        Assert.True(At(GovernanceLevel.Operationeel).IncludesResidents);
        Assert.False(At(GovernanceLevel.Bestuurlijk).IncludesResidents);
    }
}
