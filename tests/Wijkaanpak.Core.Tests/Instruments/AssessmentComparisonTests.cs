using NodaTime;
using Wijkaanpak.Core.Instruments;

namespace Wijkaanpak.Core.Tests.Instruments;

public sealed class AssessmentComparisonTests
{
    private static Assessment At(int month, params (string Id, AnswerValue Value)[] answers) =>
        new("wmo", "Wijksteunpunten", new LocalDate(2025, month, 1)) { Answers = [.. answers.Select(a => new Answer(a.Id, a.Value))] };

    [Fact]
    public void Lists_only_the_questions_whose_answer_changed_with_their_direction()
    {
        var comparison = AssessmentComparison.Compare(
            At(1, ("wmo.A.1", AnswerValue.No), ("wmo.A.2", AnswerValue.Yes), ("wmo.A.3", AnswerValue.Yes)),
            At(6, ("wmo.A.1", AnswerValue.Partly), ("wmo.A.2", AnswerValue.No), ("wmo.A.3", AnswerValue.Yes), ("wmo.A.4", AnswerValue.Unknown)));

        Assert.Equal(
            [("wmo.A.1", ChangeDirection.Improved), ("wmo.A.2", ChangeDirection.Worsened), ("wmo.A.4", ChangeDirection.Reclassified)],
            comparison.Changes.Select(c => (c.QuestionId, c.Direction)));
    }

    [Fact]
    public void Gives_the_score_move_per_indicator()
    {
        var comparison = AssessmentComparison.Compare(At(1, ("wmo.B.1", AnswerValue.No)), At(6, ("wmo.B.1", AnswerValue.Yes)));

        var move = comparison.Groups.Single(g => g.Id == "wmo.B.I1");
        Assert.Equal((1.0, Judgement.DoesNotMeet, Judgement.Meets), (move.Delta!.Value, move.BeforeJudgement, move.AfterJudgement));
    }

    [Fact]
    public void Refuses_assessments_of_different_practices()
    {
        var other = At(6) with { Practice = "Buurtgeluk" };

        Assert.Throws<AssessmentException>(() => AssessmentComparison.Compare(At(1), other));
    }

    [Fact]
    public void Refuses_a_later_assessment_dated_before_the_earlier()
    {
        Assert.Throws<AssessmentException>(() => AssessmentComparison.Compare(At(6), At(1)));
    }
}
