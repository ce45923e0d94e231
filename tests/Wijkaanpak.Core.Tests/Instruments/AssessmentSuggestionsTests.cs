using NodaTime;
using Wijkaanpak.Core.Instruments;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Instruments;

public sealed class AssessmentSuggestionsTests
{
    private static SuggestedAnswer For(WijkaanpakModel model, string question) =>
        AssessmentSuggestions.From(model).Single(s => s.QuestionId == question);

    [Fact]
    public void Every_suggestion_names_a_known_question_and_shows_its_evidence()
    {
        var known = ChecklistCatalogue.All.SelectMany(c => c.Questions).Select(q => q.Id).ToHashSet();

        Assert.All(AssessmentSuggestions.From(InstrumentModels.Complete()), s =>
        {
            Assert.Contains(s.QuestionId, known);
            Assert.False(string.IsNullOrWhiteSpace(s.Evidence.Nl));
            Assert.False(string.IsNullOrWhiteSpace(s.Evidence.En));
        });
    }

    [Fact]
    public void Evaluation_with_indicators_is_suggested_yes_when_every_goal_is_measured_and_effects_are_too()
    {
        var suggestion = For(InstrumentModels.Complete(), "wmo.A.10");

        Assert.Equal(AnswerValue.Yes, suggestion.Value);
        Assert.Equal(["minder-armoede"], suggestion.ElementIds);
    }

    [Fact]
    public void Evaluation_is_suggested_partly_when_some_goals_lack_an_indicator()
    {
        var model = InstrumentModels.Base().Goal("veilig", "Veiliger", GoalLevel.Goal, "missie").Add(InstrumentModels.Programme("p1")).Build();

        Assert.Equal(AnswerValue.Partly, For(model, "wmo.A.10").Value);
    }

    [Fact]
    public void Roles_are_suggested_no_when_no_member_has_a_recorded_role()
    {
        Assert.Equal(AnswerValue.No, For(InstrumentModels.Complete(), "wmo.A.8").Value);
    }

    [Fact]
    public void Three_governance_levels_are_needed_for_a_yes_on_steering()
    {
        var suggestion = For(InstrumentModels.Complete(), "handboek.organisatie.2");

        Assert.Equal(AnswerValue.Partly, suggestion.Value);
        Assert.Contains("2 of the three", suggestion.Evidence.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_horizon_of_sixteen_years_suggests_a_long_enough_vision()
    {
        Assert.Equal(AnswerValue.Yes, For(InstrumentModels.Complete(), "handboek.visie.6").Value);
    }

    [Fact]
    public void An_empty_model_gets_suggestions_that_say_what_is_missing()
    {
        var model = new WijkaanpakModel { Name = "Leeg" };

        Assert.Equal(AnswerValue.No, For(model, "handboek.contract.1").Value);
        Assert.Equal(AnswerValue.Unknown, For(model, "handboek.visie.6").Value);
    }

    [Fact]
    public void Suggestions_are_never_answers_until_accepted()
    {
        var suggestion = For(InstrumentModels.Complete(), "handboek.procesregie.1");
        var answer = suggestion.Accept(new LocalDate(2025, 1, 1), "procesregisseur");

        Assert.Equal((suggestion.QuestionId, suggestion.Value, "procesregisseur"), (answer.QuestionId, answer.Value, answer.Respondent));
        Assert.Contains(suggestion.Evidence.En, answer.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestions_for_one_checklist_follow_its_order()
    {
        var order = ChecklistCatalogue.Wmo.Questions.Select(q => q.Id).ToList();
        var suggested = AssessmentSuggestions.From(InstrumentModels.Complete(), ChecklistCatalogue.Wmo).Select(s => order.IndexOf(s.QuestionId)).ToList();

        Assert.All(suggested, i => Assert.True(i >= 0));
        Assert.Equal(suggested.Order(), suggested);
    }
}
