using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// One question (*vraag*, *gesprekspunt*) of a checklist, with the guidance (*aandachtspunten en
/// tips*) a team reads when the answer is not yet a plain yes.
/// </summary>
/// <param name="Id">Stable id that never changes meaning, e.g. <c>wmo.A.10</c> or <c>handboek.urgentie.1</c>.</param>
/// <param name="Number">The question's number within its section, as in the source.</param>
/// <param name="Text">The question, in our own words.</param>
/// <param name="Guidance">What to look at and what helps, in our own words; null when the source gives none for this question.</param>
/// <param name="Source">Where it is based on, e.g. <c>bron: 001 §3.1 vraag 10, §4.1</c>.</param>
public sealed record ChecklistQuestion(string Id, int Number, LocalizedText Text, LocalizedText? Guidance, string Source)
{
    /// <summary>
    /// Ids of the indicators (<see cref="ChecklistIndicator"/>) this question gives evidence for;
    /// empty for checklists without indicators.
    /// </summary>
    public EquatableArray<string> IndicatorIds { get; init; }
}
