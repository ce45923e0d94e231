using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// A part of a checklist: a part (*onderdeel*) of the Checklist Wmo-praktijken with its
/// indicators, or one building block's checklist of the handbook with its phase.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>wmo.A</c> or <c>handboek.urgentie</c>.</param>
/// <param name="Title">The section's title.</param>
/// <param name="Source">Where it is based on.</param>
public sealed record ChecklistSection(string Id, LocalizedText Title, string Source)
{
    /// <summary>The phase the section belongs to; null for sections not tied to a phase.</summary>
    public ApproachPhase? Phase { get; init; }

    /// <summary>The handbook building block of the section; null for the Wmo checklist.</summary>
    public BuildingBlock? Block { get; init; }

    /// <summary>
    /// What the source advises for the section as a whole, in our own words; used when a question
    /// has no guidance of its own. Null when the questions carry all guidance.
    /// </summary>
    public LocalizedText? Guidance { get; init; }

    /// <summary>The section's indicators, in order; empty when the source has none.</summary>
    public EquatableArray<ChecklistIndicator> Indicators { get; init; }

    /// <summary>The section's questions, in the source's order.</summary>
    public EquatableArray<ChecklistQuestion> Questions { get; init; }
}
