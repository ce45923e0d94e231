using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The scored assessment: per indicator, section and phase, the whole, and the questions that need
/// attention. Made by <see cref="AssessmentScorer.Score"/>; the rule is on <see cref="ScoreSummary"/>.
/// </summary>
/// <param name="ChecklistId">The checklist answered.</param>
/// <param name="Practice">The practice assessed.</param>
/// <param name="Date">The date of the assessment.</param>
/// <param name="Overall">All questions of the checklist together.</param>
public sealed record AssessmentScore(string ChecklistId, string Practice, LocalDate Date, ScoreSummary Overall)
{
    /// <summary>Per indicator, in checklist order; empty for checklists without indicators.</summary>
    public EquatableArray<ScoredGroup> Indicators { get; init; }

    /// <summary>Per section, in checklist order.</summary>
    public EquatableArray<ScoredGroup> Sections { get; init; }

    /// <summary>Per phase, in phase order; only phases that have sections.</summary>
    public EquatableArray<ScoredGroup> Phases { get; init; }

    /// <summary>The questions answered no, partly or unknown, or not answered, in checklist order.</summary>
    public EquatableArray<AttentionItem> NeedsAttention { get; init; }
}
