namespace Wijkaanpak.Core.Model;

/// <summary>
/// An edge of the theory of change: a doel-middelrelatie from a means to a goal, or a link from a
/// node to the precondition it needs or the assumption it rests on.
/// </summary>
public sealed record ChangeEdge
{
    /// <summary>The source node: the means, or the node that needs a precondition or rests on an assumption.</summary>
    public required NodeId From { get; init; }

    /// <summary>The target node: the goal, precondition or assumption.</summary>
    public required NodeId To { get; init; }

    /// <summary>Contribution, precondition or assumption.</summary>
    public ChangeEdgeKind Kind { get; init; } = ChangeEdgeKind.ContributesTo;

    /// <summary>For contributions: direct or indirect.</summary>
    public ContributionType Contribution { get; init; } = ContributionType.Direct;

    /// <summary>Why the link holds, in the partners' words.</summary>
    public string? Rationale { get; init; }

    /// <summary>
    /// Relative weight of the contribution, used when money or effort is apportioned to goals
    /// (contribution analysis, not attribution). Positive; absent means equal split.
    /// </summary>
    public double? Weight { get; init; }
}
