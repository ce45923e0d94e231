using NodaTime;

namespace Wijkaanpak.Core.Instruments;

/// <summary>One answer in an assessment: which question, what answer, on what evidence, when and by whom.</summary>
/// <param name="QuestionId">The question's id, e.g. <c>wmo.A.10</c>.</param>
/// <param name="Value">The answer.</param>
public sealed record Answer(string QuestionId, AnswerValue Value)
{
    /// <summary>What the answer rests on (*onderbouwing*): a document, a fact of the model, a conversation.</summary>
    public string? Evidence { get; init; }

    /// <summary>When this answer was given; null means the assessment's date.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Who gave this answer; null means the assessment's respondent.</summary>
    public string? Respondent { get; init; }
}
