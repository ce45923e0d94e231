using NodaTime;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// An answer the model suggests for a checklist question (*voorstel*), with the facts it rests on.
/// A suggestion is never an answer by itself: a respondent takes it over with <see cref="Accept"/>,
/// or answers otherwise.
/// </summary>
/// <param name="QuestionId">The question's id.</param>
/// <param name="Value">The suggested answer.</param>
/// <param name="Evidence">The facts of the model behind it.</param>
public sealed record SuggestedAnswer(string QuestionId, AnswerValue Value, LocalizedText Evidence)
{
    /// <summary>The ids of the model elements the suggestion rests on, ordered ordinally.</summary>
    public EquatableArray<string> ElementIds { get; init; }

    /// <summary>
    /// The answer a respondent gives by taking the suggestion over: same value, the model's facts
    /// as evidence, marked as coming from the model.
    /// </summary>
    /// <param name="date">When the respondent took it over.</param>
    /// <param name="respondent">Who took it over.</param>
    public Answer Accept(LocalDate date, string respondent) =>
        new(QuestionId, Value) { Evidence = $"Uit het model / from the model: {Evidence.En}", Date = date, Respondent = respondent };
}
