using Wijkaanpak.Core.Localization;
namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// A question that needs attention (*aandachtspunt*): answered no, partly or unknown, or not
/// answered, with the guidance to read next.
/// </summary>
/// <param name="QuestionId">The question's id.</param>
/// <param name="SectionId">The id of the question's section.</param>
/// <param name="Question">The question's text.</param>
/// <param name="Answer">The answer given, or null when the question was not answered.</param>
/// <param name="Guidance">The question's guidance, or else its section's; null when the source gives none.</param>
/// <param name="Source">Where the question and its guidance are based on.</param>
public sealed record AttentionItem(string QuestionId, string SectionId, LocalizedText Question, AnswerValue? Answer, LocalizedText? Guidance, string Source)
{
    /// <summary>The evidence given with the answer, if any.</summary>
    public string? Evidence { get; init; }
}
