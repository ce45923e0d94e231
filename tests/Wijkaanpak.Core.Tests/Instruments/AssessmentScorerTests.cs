using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wijkaanpak.Core.Instruments;

namespace Wijkaanpak.Core.Tests.Instruments;

public sealed class AssessmentScorerTests
{
    private static readonly LocalDate Day = new(2025, 3, 1);

    private static Assessment Wmo(params (string Id, AnswerValue Value)[] answers) =>
        new("wmo", "Wijksteunpunten", Day) { Answers = [.. answers.Select(a => new Answer(a.Id, a.Value))] };

    [Fact]
    public void Yes_counts_one_partly_half_and_no_zero()
    {
        var score = AssessmentScorer.Score(Wmo(("wmo.B.2", AnswerValue.Yes), ("wmo.B.3", AnswerValue.Partly)));

        var indicator = score.Indicators.Single(i => i.Id == "wmo.B.I2").Summary;
        Assert.Equal(0.75, indicator.Score);
    }

    [Fact]
    public void Not_applicable_unknown_and_unanswered_are_left_out_of_the_score()
    {
        var score = AssessmentScorer.Score(Wmo(("wmo.C.1", AnswerValue.No), ("wmo.C.2", AnswerValue.NotApplicable)));

        var section = score.Sections.Single(s => s.Id == "wmo.C").Summary;
        Assert.Equal(0.0, section.Score);
        Assert.Equal((8, 1, 6), (section.Questions, section.NotApplicable, section.Unanswered));
    }

    [Fact]
    public void An_indicator_meets_only_when_every_applicable_question_is_yes()
    {
        var meets = AssessmentScorer.Score(Wmo(("wmo.B.1", AnswerValue.Yes)));
        Assert.Equal(Judgement.Meets, meets.Indicators.Single(i => i.Id == "wmo.B.I1").Summary.Judgement);

        var partly = AssessmentScorer.Score(Wmo(("wmo.B.2", AnswerValue.Yes), ("wmo.B.3", AnswerValue.Unknown)));
        Assert.Equal(Judgement.PartlyMeets, partly.Indicators.Single(i => i.Id == "wmo.B.I2").Summary.Judgement);
    }

    [Fact]
    public void An_indicator_without_scored_answers_is_undetermined()
    {
        var score = AssessmentScorer.Score(Wmo(("wmo.B.4", AnswerValue.Unknown)));

        Assert.Equal(Judgement.Undetermined, score.Indicators.Single(i => i.Id == "wmo.B.I3").Summary.Judgement);
    }

    [Fact]
    public void Needs_attention_lists_no_partly_unknown_and_unanswered_with_guidance()
    {
        var score = AssessmentScorer.Score(Wmo(("wmo.A.1", AnswerValue.Yes), ("wmo.A.2", AnswerValue.No), ("wmo.A.3", AnswerValue.NotApplicable)));

        Assert.DoesNotContain(score.NeedsAttention, a => a.QuestionId is "wmo.A.1" or "wmo.A.3");
        var first = score.NeedsAttention[0];
        Assert.Equal(("wmo.A.2", AnswerValue.No), (first.QuestionId, first.Answer!.Value));
        Assert.Equal(ChecklistCatalogue.Wmo.Questions.Single(q => q.Id == "wmo.A.2").Guidance, first.Guidance);
        Assert.Equal(31 - 2, score.NeedsAttention.Count);
    }

    [Fact]
    public void Handbook_questions_point_to_their_section_guidance()
    {
        var score = AssessmentScorer.Score(new Assessment("handboek", "Wijk", Day));

        var item = score.NeedsAttention.First(a => a.QuestionId == "handboek.procesregie.1");
        Assert.Equal(ChecklistCatalogue.Handbook.Sections.Single(s => s.Id == "handboek.procesregie").Guidance, item.Guidance);
    }

    [Fact]
    public void Handbook_scores_per_phase_in_phase_order()
    {
        var score = AssessmentScorer.Score(new Assessment("handboek", "Wijk", Day) { Answers = [new Answer("handboek.nazorg.1", AnswerValue.Yes)] });

        Assert.Equal(Enum.GetNames<ApproachPhase>(), score.Phases.Select(p => p.Id));
        Assert.Equal(1.0, score.Phases.Single(p => p.Id == "Herijken").Summary.Score);
    }

    [Fact]
    public void Unknown_questions_and_double_answers_are_reported_together()
    {
        var error = Assert.Throws<AssessmentException>(() => AssessmentScorer.Score(Wmo(("wmo.A.99", AnswerValue.Yes), ("wmo.A.1", AnswerValue.Yes), ("wmo.A.1", AnswerValue.No))));

        Assert.Equal(["$.answers[0].question", "$.answers[2].question"], error.Problems.Select(p => p.Path));
    }

    [Fact]
    public void An_unknown_checklist_is_named_in_the_error()
    {
        var error = Assert.Throws<AssessmentException>(() => AssessmentScorer.Score(new Assessment("iso9001", "X", Day)));

        Assert.Contains("iso9001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_is_always_between_zero_and_one_and_counts_add_up()
    {
        var questions = ChecklistCatalogue.Wmo.Questions.Select(q => q.Id).ToArray();
        var values = Gen.Elements<AnswerValue?>(null, AnswerValue.Yes, AnswerValue.Partly, AnswerValue.No, AnswerValue.NotApplicable, AnswerValue.Unknown);
        Prop.ForAll(
            Gen.ArrayOf(values, questions.Length).ToArbitrary(),
            chosen =>
            {
                var answers = questions.Zip(chosen).Where(x => x.Second is not null).Select(x => new Answer(x.First, x.Second!.Value));
                var overall = AssessmentScorer.Score(new Assessment("wmo", "P", Day) { Answers = [.. answers] }).Overall;
                var counted = overall.Yes + overall.Partly + overall.No + overall.NotApplicable + overall.Unknown + overall.Unanswered;
                return counted == 31 && (overall.Score is null || overall.Score is >= 0 and <= 1);
            }).QuickCheckThrowOnFailure();
    }
}
