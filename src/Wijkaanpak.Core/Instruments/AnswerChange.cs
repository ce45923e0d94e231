namespace Wijkaanpak.Core.Instruments;

/// <summary>One question whose answer differs between two assessments.</summary>
/// <param name="QuestionId">The question's id.</param>
/// <param name="Before">The earlier answer, or null when it was not answered.</param>
/// <param name="After">The later answer, or null when it was not answered.</param>
/// <param name="Direction">Whether it improved, worsened or was reclassified.</param>
public sealed record AnswerChange(string QuestionId, AnswerValue? Before, AnswerValue? After, ChangeDirection Direction);
