using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// What a partner commits (*inzet*, *bijdrage*): money, capacity, knowledge or network, to goals
/// and interventions of the theory of change, for a period.
/// </summary>
public sealed record Commitment
{
    /// <summary>The committing partner.</summary>
    public required StakeholderId StakeholderId { get; init; }

    /// <summary>Money, capacity, knowledge or network.</summary>
    public required CommitmentKind Kind { get; init; }

    /// <summary>Amount: euros for money, FTE for capacity; absent for knowledge and network.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The goals and interventions the commitment serves.</summary>
    public EquatableArray<NodeId> TargetIds { get; init; }

    /// <summary>The period of the commitment.</summary>
    public DateInterval? Period { get; init; }

    /// <summary>What is committed, in words.</summary>
    public string? Description { get; init; }
}
