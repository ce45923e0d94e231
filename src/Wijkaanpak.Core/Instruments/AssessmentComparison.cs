using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// Two assessments of the same practice with the same checklist compared over time: which answers
/// changed and how each indicator, section and phase score moved.
/// </summary>
/// <param name="ChecklistId">The checklist both answer.</param>
/// <param name="Practice">The practice assessed.</param>
/// <param name="From">The date of the earlier assessment.</param>
/// <param name="To">The date of the later assessment.</param>
/// <param name="Overall">The move of the whole checklist's score.</param>
public sealed record AssessmentComparison(string ChecklistId, string Practice, LocalDate From, LocalDate To, ScoreChange Overall)
{
    /// <summary>The questions whose answer differs, in checklist order.</summary>
    public EquatableArray<AnswerChange> Changes { get; init; }

    /// <summary>Score moves per indicator, then per section, then per phase, each in checklist order.</summary>
    public EquatableArray<ScoreChange> Groups { get; init; }

    /// <summary>Compares an earlier and a later assessment of the same practice.</summary>
    /// <param name="earlier">The earlier assessment.</param>
    /// <param name="later">The later assessment; its date may not be before the earlier one's.</param>
    /// <param name="checklist">The checklist; null looks it up in <see cref="ChecklistCatalogue"/>.</param>
    /// <exception cref="AssessmentException">The two differ in checklist or practice, are in the wrong order, or one cannot be scored.</exception>
    public static AssessmentComparison Compare(Assessment earlier, Assessment later, Checklist? checklist = null)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var problems = new List<ModelProblem>();
        if (!string.Equals(earlier.ChecklistId, later.ChecklistId, StringComparison.Ordinal))
        {
            problems.Add(new("$.checklist", $"The assessments answer different checklists: '{earlier.ChecklistId}' and '{later.ChecklistId}'."));
        }

        if (!string.Equals(earlier.Practice, later.Practice, StringComparison.Ordinal))
        {
            problems.Add(new("$.practice", $"The assessments are of different practices: '{earlier.Practice}' and '{later.Practice}'."));
        }

        if (later.Date < earlier.Date)
        {
            problems.Add(new("$.date", $"The later assessment ({later.Date:uuuu-MM-dd}) is dated before the earlier one ({earlier.Date:uuuu-MM-dd})."));
        }

        if (problems.Count > 0)
        {
            throw new AssessmentException(string.Empty, problems);
        }

        var before = AssessmentScorer.Score(earlier, checklist);
        var after = AssessmentScorer.Score(later, checklist);
        var resolved = checklist ?? ChecklistCatalogue.Find(earlier.ChecklistId)!;
        var oldAnswers = earlier.Answers.ToDictionary(a => a.QuestionId, a => a.Value, StringComparer.Ordinal);
        var newAnswers = later.Answers.ToDictionary(a => a.QuestionId, a => a.Value, StringComparer.Ordinal);

        return new AssessmentComparison(resolved.Id, earlier.Practice, earlier.Date, later.Date, Change("overall", before.Overall, after.Overall))
        {
            Changes =
            [
                .. resolved.Questions
                    .Select(q => (q.Id, Before: Lookup(oldAnswers, q.Id), After: Lookup(newAnswers, q.Id)))
                    .Where(x => x.Before != x.After)
                    .Select(x => new AnswerChange(x.Id, x.Before, x.After, Direction(x.Before, x.After))),
            ],
            Groups =
            [
                .. Pair(before.Indicators, after.Indicators),
                .. Pair(before.Sections, after.Sections),
                .. Pair(before.Phases, after.Phases),
            ],
        };
    }

    private static AnswerValue? Lookup(Dictionary<string, AnswerValue> answers, string id) =>
        answers.TryGetValue(id, out var value) ? value : null;

    private static IEnumerable<ScoreChange> Pair(EquatableArray<ScoredGroup> before, EquatableArray<ScoredGroup> after) =>
        before.Zip(after, (b, a) => Change(b.Id, b.Summary, a.Summary));

    private static ScoreChange Change(string id, ScoreSummary before, ScoreSummary after) =>
        new(id, before.Score, after.Score, before.Judgement, after.Judgement);

    private static ChangeDirection Direction(AnswerValue? before, AnswerValue? after) => (Rank(before), Rank(after)) switch
    {
        (int b, int a) when a > b => ChangeDirection.Improved,
        (int b, int a) when a < b => ChangeDirection.Worsened,
        _ => ChangeDirection.Reclassified,
    };

    private static int? Rank(AnswerValue? value) => value switch
    {
        AnswerValue.No => 0,
        AnswerValue.Partly => 1,
        AnswerValue.Yes => 2,
        _ => null,
    };
}
