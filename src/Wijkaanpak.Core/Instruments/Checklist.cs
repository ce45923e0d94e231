using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// An assessment checklist (*checklist*, *afwegingskader*) as data: sections, indicators and
/// questions a team answers about its own practice. See <see cref="ChecklistCatalogue"/> for the
/// ones the library ships.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>wmo</c> or <c>handboek</c>.</param>
/// <param name="Title">The checklist's title.</param>
/// <param name="Description">What it is for and how it is used, in our own words.</param>
/// <param name="Source">The source document.</param>
public sealed record Checklist(string Id, LocalizedText Title, LocalizedText Description, string Source)
{
    /// <summary>The sections, in order.</summary>
    public EquatableArray<ChecklistSection> Sections { get; init; }

    /// <summary>Every question of every section, in order.</summary>
    public IEnumerable<ChecklistQuestion> Questions => Sections.SelectMany(s => s.Questions);

    /// <summary>Every indicator of every section, in order.</summary>
    public IEnumerable<ChecklistIndicator> Indicators => Sections.SelectMany(s => s.Indicators);
}
