namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The assessment checklists the library ships, as data: the Checklist Wmo-praktijken
/// (<c>wmo</c>, bron: 001) and the building-block checklists of the Praktijkhandboek
/// (<c>handboek</c>, bron: 004). Ids of checklists, sections, indicators and questions never change
/// meaning. Safe to share across threads.
/// </summary>
public static class ChecklistCatalogue
{
    /// <summary>The Checklist Wmo-praktijken: 4 parts, 12 indicators, 31 questions (bron: 001).</summary>
    public static Checklist Wmo { get; } = WmoChecklist.Create();

    /// <summary>The handbook's checklists, one section per building block, grouped by phase (bron: 004).</summary>
    public static Checklist Handbook { get; } = HandbookChecklists.Create();

    /// <summary>Every shipped checklist, ordered by id.</summary>
    public static IReadOnlyList<Checklist> All { get; } = [.. new[] { Wmo, Handbook }.OrderBy(c => c.Id, StringComparer.Ordinal)];

    /// <summary>The shipped checklist with this id (<c>wmo</c>, <c>handboek</c>), or null.</summary>
    /// <param name="id">The checklist id; compared ordinally.</param>
    public static Checklist? Find(string? id) => All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// The shipped checklist that holds the section, indicator or question with this id: the part
    /// before the first dot names the checklist, e.g. <c>wmo.A.10</c> belongs to <c>wmo</c>.
    /// </summary>
    /// <param name="id">Any id of a checklist element; null or empty gives null.</param>
    public static Checklist? Owning(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var dot = id.IndexOf('.', StringComparison.Ordinal);
        return Find(dot < 0 ? id : id[..dot]);
    }
}
