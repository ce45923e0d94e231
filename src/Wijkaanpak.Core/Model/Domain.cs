namespace Wijkaanpak.Core.Model;

/// <summary>
/// A domain of policy and life (*domein*, *pijler*, *leefveld*, *actielijn*) within a taxonomy,
/// such as "Wonen" in the NPRZ leefvelden or "Meedoen" in the NPLV action lines.
/// </summary>
public sealed record Domain
{
    /// <summary>Unique id of the domain across all taxonomies of the model.</summary>
    public required DomainId Id { get; init; }

    /// <summary>Display name, e.g. "Werk en inkomen".</summary>
    public required string Name { get; init; }

    /// <summary>Optional explanation of what the domain covers.</summary>
    public string? Description { get; init; }
}
