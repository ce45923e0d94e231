namespace Wijkaanpak.Core.Model;

/// <summary>
/// An assumption (*aanname*, *veronderstelling*) on which a link of the theory of change rests:
/// why the partners believe a means leads to a goal.
/// </summary>
public sealed record Assumption
{
    /// <summary>Unique id among all nodes of the theory of change.</summary>
    public required NodeId Id { get; init; }

    /// <summary>The assumption as stated.</summary>
    public required string Statement { get; init; }

    /// <summary>Evidence for it: research, a databank entry (Movisie, NJI), practice.</summary>
    public string? Evidence { get; init; }
}
