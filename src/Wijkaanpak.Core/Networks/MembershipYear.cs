using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The membership of the alliance in one calendar year (*dynamisch lidmaatschap*): who was a
/// member at some time in the year, who joined and who left.
/// </summary>
public sealed record MembershipYear
{
    /// <summary>The calendar year.</summary>
    public required int Year { get; init; }

    /// <summary>Parties that were a member on at least one day of the year, ordered by id.</summary>
    public EquatableArray<StakeholderId> MemberIds { get; init; }

    /// <summary>Parties that joined in the year, ordered by id.</summary>
    public EquatableArray<StakeholderId> JoinedIds { get; init; }

    /// <summary>Parties that left in the year, ordered by id.</summary>
    public EquatableArray<StakeholderId> LeftIds { get; init; }
}
