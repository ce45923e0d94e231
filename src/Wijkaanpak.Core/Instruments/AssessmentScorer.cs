using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>Scores an assessment against its checklist; the rule is documented on <see cref="ScoreSummary"/>.</summary>
public static class AssessmentScorer
{
    /// <summary>
    /// Scores <paramref name="assessment"/> per indicator, section and phase and lists what needs
    /// attention.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="checklist">The checklist; null looks it up in <see cref="ChecklistCatalogue"/> by the assessment's checklist id.</param>
    /// <exception cref="AssessmentException">The checklist is unknown or does not match, or an answer names an unknown question or answers one twice.</exception>
    public static AssessmentScore Score(Assessment assessment, Checklist? checklist = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var resolved = Resolve(assessment, checklist);
        var answers = assessment.Answers.ToDictionary(a => a.QuestionId, StringComparer.Ordinal);
        AnswerValue? AnswerTo(ChecklistQuestion q) => answers.TryGetValue(q.Id, out var a) ? a.Value : null;

        var questions = resolved.Questions.ToList();
        return new AssessmentScore(resolved.Id, assessment.Practice, assessment.Date, ScoreSummary.Of(questions.Select(AnswerTo)))
        {
            Indicators = [.. resolved.Indicators.Select(i => new ScoredGroup(i.Id, i.Statement, ScoreSummary.Of(questions.Where(q => q.IndicatorIds.Contains(i.Id)).Select(AnswerTo))))],
            Sections = [.. resolved.Sections.Select(s => new ScoredGroup(s.Id, s.Title, ScoreSummary.Of(s.Questions.Select(AnswerTo))))],
            Phases =
            [
                .. resolved.Sections.Where(s => s.Phase is not null).GroupBy(s => s.Phase!.Value).OrderBy(g => g.Key)
                    .Select(g => new ScoredGroup(g.Key.ToString(), PhaseTitles.Of(g.Key), ScoreSummary.Of(g.SelectMany(s => s.Questions).Select(AnswerTo)))),
            ],
            NeedsAttention =
            [
                .. resolved.Sections.SelectMany(s => s.Questions.Select(q => (Section: s, Question: q, Answer: answers.GetValueOrDefault(q.Id))))
                    .Where(x => x.Answer is null || x.Answer.Value is AnswerValue.No or AnswerValue.Partly or AnswerValue.Unknown)
                    .Select(x => new AttentionItem(x.Question.Id, x.Section.Id, x.Question.Text, x.Answer?.Value, x.Question.Guidance ?? x.Section.Guidance, x.Question.Source) { Evidence = x.Answer?.Evidence }),
            ],
        };
    }

    /// <summary>
    /// Every problem that keeps <paramref name="assessment"/> from being scored against
    /// <paramref name="checklist"/>: a checklist id that does not match, unknown questions, questions
    /// answered twice, empty practice. Empty when it can be scored.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="checklist">The checklist it should answer.</param>
    public static IReadOnlyList<ModelProblem> Check(Assessment assessment, Checklist checklist)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(checklist);
        var problems = new List<ModelProblem>();
        if (!string.Equals(assessment.ChecklistId, checklist.Id, StringComparison.Ordinal))
        {
            problems.Add(new("$.checklist", $"The assessment answers checklist '{assessment.ChecklistId}', not '{checklist.Id}'."));
        }

        if (string.IsNullOrWhiteSpace(assessment.Practice))
        {
            problems.Add(new("$.practice", "The practice assessed has no name."));
        }

        var known = checklist.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < assessment.Answers.Count; i++)
        {
            var id = assessment.Answers[i].QuestionId;
            if (!known.Contains(id))
            {
                problems.Add(new($"$.answers[{i}].question", $"Checklist '{checklist.Id}' has no question '{id}'."));
            }
            else if (!seen.Add(id))
            {
                problems.Add(new($"$.answers[{i}].question", $"Question '{id}' is answered more than once."));
            }
        }

        return problems;
    }

    private static Checklist Resolve(Assessment assessment, Checklist? checklist)
    {
        var resolved = checklist ?? ChecklistCatalogue.Find(assessment.ChecklistId)
            ?? throw new AssessmentException(string.Empty, [new ModelProblem("$.checklist", $"Unknown checklist '{assessment.ChecklistId}'; known: {string.Join(", ", ChecklistCatalogue.All.Select(c => c.Id))}.")]);
        var problems = Check(assessment, resolved);
        return problems.Count == 0 ? resolved : throw new AssessmentException(string.Empty, problems);
    }
}
