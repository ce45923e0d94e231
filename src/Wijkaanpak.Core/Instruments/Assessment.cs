using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// One assessment (*zelfevaluatie*, *toets*) of a practice with a checklist at one moment: the
/// answers given, each with its evidence. Two assessments of the same practice at different dates
/// can be compared with <see cref="AssessmentComparison"/>.
/// </summary>
/// <param name="ChecklistId">The checklist answered, e.g. <c>wmo</c>.</param>
/// <param name="Practice">The practice assessed (*praktijk*, *aanpak*), e.g. "Wijksteunpunten Sittard-Geleen".</param>
/// <param name="Date">The date of the assessment.</param>
public sealed record Assessment(string ChecklistId, string Practice, LocalDate Date)
{
    /// <summary>Who filled in the assessment, by default for every answer.</summary>
    public string? Respondent { get; init; }

    /// <summary>The answers, at most one per question; questions without an answer count as open.</summary>
    public EquatableArray<Answer> Answers { get; init; }
}
