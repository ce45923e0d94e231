namespace Wijkaanpak.Core.Model;

/// <summary>
/// An opgave: the challenge an integrale wijkaanpak works on in one or more areas, such as
/// poverty and debt, school drop-out or restructuring. Opgaven are usually *wicked problems* and
/// stack up in the same area, which is what justifies an integrated approach.
/// </summary>
public sealed record Opgave
{
    /// <summary>Unique id of the opgave.</summary>
    public required OpgaveId Id { get; init; }

    /// <summary>Short title, e.g. "Armoede en schulden".</summary>
    public required string Name { get; init; }

    /// <summary>What the challenge is, in the words of the partners.</summary>
    public string? Description { get; init; }

    /// <summary>Social problem or policy task.</summary>
    public required OpgaveFamily Family { get; init; }

    /// <summary>The areas where the opgave manifests itself.</summary>
    public EquatableArray<AreaId> AreaIds { get; init; }

    /// <summary>The domains it touches, from the model's taxonomies.</summary>
    public EquatableArray<DomainId> DomainIds { get; init; }

    /// <summary>How urgent it is and why, if stated.</summary>
    public Urgency? Urgency { get; init; }

    /// <summary>Evidence both counted and told (*tellen én vertellen*).</summary>
    public EquatableArray<Evidence> Evidence { get; init; }
}
