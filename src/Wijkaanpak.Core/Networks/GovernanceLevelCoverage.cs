using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The governance of the alliance at one level (*bestuurlijk*, *tactisch*, *operationeel*): its
/// bodies, which active members have a seat there, and which do not. Agreements at the top that
/// never reach the work floor, and work-floor cooperation without an executive mandate, show up
/// here as missing levels or unseated members (bron: 004b §3.5 en §4 V20).
/// </summary>
public sealed record GovernanceLevelCoverage
{
    /// <summary>The level.</summary>
    public required GovernanceLevel Level { get; init; }

    /// <summary>The bodies at this level, ordered by id.</summary>
    public EquatableArray<GovernanceBodyId> BodyIds { get; init; }

    /// <summary>Active members with a seat or the chair in a body at this level, ordered by id.</summary>
    public EquatableArray<StakeholderId> SeatedMemberIds { get; init; }

    /// <summary>Active members without a seat at this level, ordered by id.</summary>
    public EquatableArray<StakeholderId> UnseatedMemberIds { get; init; }

    /// <summary>Residents have a seat at this level (a body says so, or a seated party is a residents' group).</summary>
    public required bool IncludesResidents { get; init; }

    /// <summary>At least one body exists at this level.</summary>
    public bool HasBody => !BodyIds.IsEmpty;
}
