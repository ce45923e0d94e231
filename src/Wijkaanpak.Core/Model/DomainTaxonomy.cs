namespace Wijkaanpak.Core.Model;

/// <summary>
/// A configurable set of domains (*domeinindeling*): the NPLV action lines, the NPRZ leefvelden,
/// the Kompas van Groningen quadrants, or a municipality's own. Opgaven, goals, interventions,
/// indicators and stakeholders refer to its domains by id.
/// </summary>
public sealed record DomainTaxonomy
{
    /// <summary>Unique id of the taxonomy.</summary>
    public required TaxonomyId Id { get; init; }

    /// <summary>Display name, e.g. "NPRZ leefvelden".</summary>
    public required string Name { get; init; }

    /// <summary>Where the taxonomy comes from (a programme, a document and its section).</summary>
    public string? Source { get; init; }

    /// <summary>The domains of the taxonomy, in their customary order.</summary>
    public EquatableArray<Domain> Domains { get; init; }
}
