using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>The full alliance analysis (*alliantie-analyse*) of a model, every part in a deterministic order.</summary>
public sealed record AllianceReport
{
    /// <summary>The active members the analysis judged, ordered by id.</summary>
    public EquatableArray<StakeholderId> ActiveMemberIds { get; init; }

    /// <summary>Coverage of every domain of every opgave, in model order of opgaven and their domains.</summary>
    public EquatableArray<DomainCoverage> DomainCoverage { get; init; }

    /// <summary>Salience of every stakeholder, ordered by id.</summary>
    public EquatableArray<StakeholderSalience> Salience { get; init; }

    /// <summary>Power–interest position of every stakeholder, ordered by id.</summary>
    public EquatableArray<PowerInterestPosition> PowerInterestGrid { get; init; }

    /// <summary>Give and take of every member or committing or benefiting party, ordered by id.</summary>
    public EquatableArray<MemberGiveAndTake> GiveAndTake { get; init; }

    /// <summary>Governance per level, executive first.</summary>
    public EquatableArray<GovernanceLevelCoverage> Governance { get; init; }

    /// <summary>Membership per calendar year, from the first join to the last join or leave.</summary>
    public EquatableArray<MembershipYear> Membership { get; init; }
}
