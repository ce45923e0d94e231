using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Governance coverage: bodies at the three levels and which active members sit at each, so that
/// horizontal and vertical alignment can be checked (bron: 004b §2.9, §3.5 en §4 V20).
/// </summary>
internal static class GovernanceCoverageAnalysis
{
    public static EquatableArray<GovernanceLevelCoverage> Cover(WijkaanpakModel model, LocalDate? asOf)
    {
        var active = ActiveMembers.Of(model, asOf);
        var bodies = model.Alliantie?.Bodies ?? [];
        return [.. Enum.GetValues<GovernanceLevel>().Select(level => CoverLevel(model, level, bodies, active))];
    }

    private static GovernanceLevelCoverage CoverLevel(
        WijkaanpakModel model,
        GovernanceLevel level,
        EquatableArray<GovernanceBody> bodies,
        HashSet<StakeholderId> active)
    {
        var atLevel = bodies.Where(b => b.Level == level).ToList();
        var seated = atLevel
            .SelectMany(b => b.ChairId is { } chair ? b.MemberIds.Append(chair) : b.MemberIds)
            .ToHashSet();
        var residentsSeated = seated.Any(id => model.FindStakeholder(id)?.Type is StakeholderType.Bewoners or StakeholderType.Bewonersorganisatie);
        return new GovernanceLevelCoverage
        {
            Level = level,
            BodyIds = [.. atLevel.Select(b => b.Id).Distinct().Order()],
            SeatedMemberIds = [.. seated.Where(active.Contains).Order()],
            UnseatedMemberIds = [.. active.Where(id => !seated.Contains(id)).Order()],
            IncludesResidents = atLevel.Any(b => b.IncludesResidents) || residentsSeated,
        };
    }
}
