using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>Which members of the alliance count as active for an analysis.</summary>
internal static class ActiveMembers
{
    /// <summary>The distinct active members: on <paramref name="asOf"/>, or those without a leave date.</summary>
    public static HashSet<StakeholderId> Of(WijkaanpakModel model, LocalDate? asOf)
    {
        var active = new HashSet<StakeholderId>();
        foreach (var member in model.Alliantie?.Members ?? [])
        {
            var isActive = asOf is { } date ? member.IsMemberOn(date) : member.Left is null;
            if (isActive)
            {
                active.Add(member.StakeholderId);
            }
        }

        return active;
    }
}
