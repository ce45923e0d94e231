using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Membership over time: partners may join mid-way and leave when their interest is no longer
/// served (bron: 004a §2.9; 004b §2.9).
/// </summary>
internal static class MembershipTimeline
{
    public static EquatableArray<MembershipYear> PerYear(WijkaanpakModel model)
    {
        var members = model.Alliantie?.Members ?? [];
        if (members.IsEmpty)
        {
            return [];
        }

        var first = members.Min(m => m.Joined.Year);
        var last = members.Max(m => Math.Max(m.Joined.Year, m.Left?.Year ?? m.Joined.Year));
        var years = new List<MembershipYear>();
        for (var year = first; year <= last; year++)
        {
            var start = new LocalDate(year, 1, 1);
            var end = new LocalDate(year, 12, 31);
            years.Add(new MembershipYear
            {
                Year = year,
                MemberIds = Ids(members.Where(m => m.Joined <= end && (m.Left is null || m.Left.Value > start))),
                JoinedIds = Ids(members.Where(m => m.Joined.Year == year)),
                LeftIds = Ids(members.Where(m => m.Left?.Year == year)),
            });
        }

        return [.. years];
    }

    private static EquatableArray<StakeholderId> Ids(IEnumerable<AllianceMember> members) =>
        [.. members.Select(m => m.StakeholderId).Distinct().Order()];
}
