namespace Wijkaanpak.Core.Instruments;

/// <summary>How the score of one indicator, section, phase or whole checklist moved between two assessments.</summary>
/// <param name="Id">The group's id, as in <see cref="ScoredGroup.Id"/>; <c>overall</c> for the whole checklist.</param>
/// <param name="Before">The earlier score, or null when there was none.</param>
/// <param name="After">The later score, or null when there is none.</param>
/// <param name="BeforeJudgement">The earlier judgement.</param>
/// <param name="AfterJudgement">The later judgement.</param>
public sealed record ScoreChange(string Id, double? Before, double? After, Judgement BeforeJudgement, Judgement AfterJudgement)
{
    /// <summary>After minus before; null when either is missing.</summary>
    public double? Delta => Before is null || After is null ? null : After - Before;
}
