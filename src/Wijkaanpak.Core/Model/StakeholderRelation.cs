namespace Wijkaanpak.Core.Model;

/// <summary>
/// A typed, weighted relation between two stakeholders: an edge of the stakeholder graph.
/// </summary>
public sealed record StakeholderRelation
{
    /// <summary>The source stakeholder (the funder, the one giving a mandate or sharing information).</summary>
    public required StakeholderId From { get; init; }

    /// <summary>The target stakeholder.</summary>
    public required StakeholderId To { get; init; }

    /// <summary>Collaboration, funding, mandate, information or conflict.</summary>
    public required RelationKind Kind { get; init; }

    /// <summary>Strength of the relation; positive and finite, 1 by default.</summary>
    public double Weight { get; init; } = 1;
}
