namespace Wijkaanpak.Core.Model;

/// <summary>
/// A stakeholder (*actor*, *partij*, *belanghebbende*): an organisation, a department, a group or a
/// role with a stake in the area. Power, legitimacy and urgency (Mitchell, Agle and Wood) and
/// interest are scored from 0 to 1 where known; they drive salience classes and the
/// power–interest grid.
/// </summary>
public sealed record Stakeholder
{
    /// <summary>Unique id of the stakeholder.</summary>
    public required StakeholderId Id { get; init; }

    /// <summary>Name, e.g. "Woningcorporatie Portaal".</summary>
    public required string Name { get; init; }

    /// <summary>The type of party.</summary>
    public required StakeholderType Type { get; init; }

    /// <summary>The organisation this one is part of (a department of the gemeente, a team of a welfare organisation).</summary>
    public StakeholderId? ParentId { get; init; }

    /// <summary>What the party is and does in the area.</summary>
    public string? Description { get; init; }

    /// <summary>The domains in which it works.</summary>
    public EquatableArray<DomainId> DomainIds { get; init; }

    /// <summary>Its own goals and interests (*belangen*, *drijfveren*).</summary>
    public EquatableArray<string> Interests { get; init; }

    /// <summary>Its mandate or legal task (*mandaat*, *taakstelling*), e.g. the Woningwet for corporations.</summary>
    public string? Mandate { get; init; }

    /// <summary>Power to impose its will (0–1).</summary>
    public double? Power { get; init; }

    /// <summary>Legitimacy of its claim (0–1).</summary>
    public double? Legitimacy { get; init; }

    /// <summary>Urgency of its claim (0–1).</summary>
    public double? Urgency { get; init; }

    /// <summary>Interest in the approach (0–1), for the power–interest grid.</summary>
    public double? Interest { get; init; }

    /// <summary>A formal organisation (true) or an informal group (false), if known.</summary>
    public bool? IsFormal { get; init; }
}
