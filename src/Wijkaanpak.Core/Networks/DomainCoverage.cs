using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The coverage of one domain of one opgave by the alliance (*coalitie van de noodzakelijken*):
/// which active members fit it, by their own declared domains or by their type, and which
/// stakeholders of a fitting type are still outside.
/// </summary>
public sealed record DomainCoverage
{
    /// <summary>The opgave whose domain this is.</summary>
    public required OpgaveId OpgaveId { get; init; }

    /// <summary>The domain.</summary>
    public required DomainId DomainId { get; init; }

    /// <summary>The domain's display name, or its id when the model does not define it.</summary>
    public required string DomainName { get; init; }

    /// <summary>The themes of the fit table the domain belongs to, in table order.</summary>
    public EquatableArray<string> Themes { get; init; }

    /// <summary>The types of party that fit the domain by the fit table, in enum order.</summary>
    public EquatableArray<StakeholderType> FittingTypes { get; init; }

    /// <summary>Active members that list the domain among their own domains, ordered by id.</summary>
    public EquatableArray<StakeholderId> DeclaredPartnerIds { get; init; }

    /// <summary>Active members of a fitting type that do not list the domain themselves, ordered by id.</summary>
    public EquatableArray<StakeholderId> TypeFitPartnerIds { get; init; }

    /// <summary>Fitting types with no active member of that type, in enum order.</summary>
    public EquatableArray<StakeholderType> MissingTypes { get; init; }

    /// <summary>Stakeholders in the model, outside the alliance, that would fit: candidates to invite, ordered by id.</summary>
    public EquatableArray<StakeholderId> CandidateIds { get; init; }

    /// <summary>Covered, a gap, or no known fit.</summary>
    public required DomainCoverageStatus Status { get; init; }
}
