using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>One entry of the barrier and lever catalogue (*barrières en breekijzers*), in our own words.</summary>
/// <param name="Id">Stable id, e.g. <c>B-GP-3</c> (barrier), <c>L-GP-3a</c> (lever), <c>R-4</c> (risk), <c>F-1</c> (factor).</param>
/// <param name="Kind">Barrier, lever, risk or factor.</param>
/// <param name="Relationship">The side of the triangle it is about.</param>
/// <param name="Name">Short name.</param>
/// <param name="Description">What it means in practice.</param>
/// <param name="Source">Where it is based on.</param>
public sealed record CatalogueEntry(string Id, CatalogueEntryKind Kind, PartyRelationship Relationship, LocalizedText Name, LocalizedText Description, string Source)
{
    /// <summary>For a lever: the ids of the barriers it counters (many-to-many); empty otherwise.</summary>
    public EquatableArray<string> Counters { get; init; }

    /// <summary>For a sub-lever (one of the six O's): the id of the lever it belongs to; null otherwise.</summary>
    public string? ParentId { get; init; }
}
