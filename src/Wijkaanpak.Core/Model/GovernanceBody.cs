using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// A body of the alliance's governance (*alliantiebestuur*, *stuurgroep*, *thematische tafel*,
/// *wijktafel*, *kernteam*) at one of the three levels.
/// </summary>
public sealed record GovernanceBody
{
    /// <summary>Unique id of the body.</summary>
    public required GovernanceBodyId Id { get; init; }

    /// <summary>Name, e.g. "Alliantiebestuur Samen voor Overvecht".</summary>
    public required string Name { get; init; }

    /// <summary>Executive, tactical or operational.</summary>
    public required GovernanceLevel Level { get; init; }

    /// <summary>The parties with a seat.</summary>
    public EquatableArray<StakeholderId> MemberIds { get; init; }

    /// <summary>The chair's party (often the burgemeester's gemeente), if stated.</summary>
    public StakeholderId? ChairId { get; init; }

    /// <summary>Whether residents have a seat.</summary>
    public bool IncludesResidents { get; init; }

    /// <summary>How often it meets (e.g. P3M for quarterly).</summary>
    public Period? MeetingInterval { get; init; }
}
