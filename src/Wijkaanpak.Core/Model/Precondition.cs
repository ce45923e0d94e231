namespace Wijkaanpak.Core.Model;

/// <summary>
/// A precondition (*randvoorwaarde*) under which means can work, found by backward mapping: for
/// instance "de basis op orde" in NPRZ or a stable home situation. Nodes that require an unmet
/// precondition are blocked.
/// </summary>
public sealed record Precondition
{
    /// <summary>Unique id among all nodes of the theory of change.</summary>
    public required NodeId Id { get; init; }

    /// <summary>The condition as stated.</summary>
    public required string Name { get; init; }

    /// <summary>Explanation.</summary>
    public string? Description { get; init; }

    /// <summary>Whether it is met, as last assessed.</summary>
    public PreconditionStatus Status { get; init; } = PreconditionStatus.Unknown;
}
