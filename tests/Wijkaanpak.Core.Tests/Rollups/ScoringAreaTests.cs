using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;

namespace Wijkaanpak.Core.Tests.Rollups;

/// <summary>Where a goal is scored (docs/rollups.md, *Where a goal is scored*): the steps in order, and never an area without a target while one with a target exists.</summary>
public class ScoringAreaTests
{
    private static readonly LocalDate Start = new(2020, 1, 1);
    private static readonly AreaId Oost = new("oost");
    private static readonly AreaId West = new("west");

    /// <summary>Stad with wijken Oost and West, both measured; the stad's value is their rollup.</summary>
    private static ModelBuilder City(Target[] targets, Baseline? baseline = null) => new ModelBuilder("Scoring")
        .Area("stad", "Stad", ScaleLevel.Gemeente)
        .Area("oost", "Oost", ScaleLevel.Wijk, parent: "stad")
        .Area("west", "West", ScaleLevel.Wijk, parent: "stad")
        .Opgave("opgave-west", "West", OpgaveFamily.MaatschappelijkProbleem, "west")
        .Add(new Indicator
        {
            Id = new IndicatorId("bereik"), Name = "Bereik", Level = ResultLevel.Output, Polarity = Polarity.HigherIsBetter,
            Aggregation = AggregationKind.Count, Targets = [.. targets], Baseline = baseline,
        })
        .Measurement("bereik", "oost", Start, 0).Measurement("bereik", "oost", Start.PlusYears(1), 50)
        .Measurement("bereik", "west", Start, 0).Measurement("bereik", "west", Start.PlusYears(1), 20);

    private static string Ids(EquatableArray<AreaId> areas) => string.Join(' ', areas.Select(a => a.Value));

    private static Target TargetIn(string? area) => new() { Value = 100, Date = Start.PlusYears(2), AreaId = area is null ? null : new AreaId(area) };

    private static GoalStatus Goal(WijkaanpakModel model, string id = "doel") => ImpactRollup.Compute(model).Goals.Single(g => g.GoalId.Value == id);

    private static Goal MeasuredGoal(string[]? areas = null, string[]? opgaven = null) => new()
    {
        Id = new NodeId("doel"), Name = "Doel", Level = GoalLevel.Goal, IndicatorIds = [new IndicatorId("bereik")],
        AreaIds = (areas ?? []).Select(a => new AreaId(a)).ToEquatableArray(),
        OpgaveIds = (opgaven ?? []).Select(o => new OpgaveId(o)).ToEquatableArray(),
    };

    [Fact]
    public void A_goal_naming_no_area_is_scored_where_its_indicator_has_its_target_not_at_the_top_of_the_hierarchy()
    {
        var goal = Goal(City([TargetIn("oost")]).Add(MeasuredGoal()).Build());

        Assert.Equal((Oost.Value, ScoredAtReason.TargetAreas), (Ids(goal.ScoredAt), goal.ScoredAtReason));
        Assert.Equal(0.5, goal.Scores.Single().Headline, 1e-9);
    }

    [Fact]
    public void A_goal_is_scored_in_its_own_areas_before_those_of_its_opgaven()
    {
        var goal = Goal(City([TargetIn(null)]).Add(MeasuredGoal(areas: ["oost"], opgaven: ["opgave-west"])).Build());

        Assert.Equal((Oost.Value, ScoredAtReason.GoalAreas), (Ids(goal.ScoredAt), goal.ScoredAtReason));
    }

    [Fact]
    public void Without_own_areas_a_goal_is_scored_in_the_areas_of_its_opgaven()
    {
        var goal = Goal(City([TargetIn(null)]).Add(MeasuredGoal(opgaven: ["opgave-west"])).Build());

        Assert.Equal((West.Value, ScoredAtReason.OpgaveAreas), (Ids(goal.ScoredAt), goal.ScoredAtReason));
        Assert.Equal(0.2, goal.Scores.Single().Headline, 1e-9);
    }

    [Fact]
    public void A_goal_area_without_a_target_gives_way_to_the_area_with_the_target()
    {
        var goal = Goal(City([TargetIn("oost")]).Add(MeasuredGoal(areas: ["west"])).Build());

        var scoring = goal.Indicators.Single();
        Assert.Equal((Oost.Value, ScoredAtReason.TargetAreas), (Ids(scoring.AreaIds), scoring.Reason));
        Assert.Equal([Oost], goal.ScoredAt);
    }

    [Fact]
    public void An_indicator_whose_targets_and_baseline_name_no_area_is_scored_at_the_highest_area_with_a_value()
    {
        var goal = Goal(City([TargetIn(null)]).Add(MeasuredGoal()).Build());

        Assert.Equal(("stad", ScoredAtReason.HighestMeasuredArea), (Ids(goal.ScoredAt), goal.ScoredAtReason));
        Assert.Equal(0.7, goal.Scores.Single().Headline, 1e-9);
    }

    [Fact]
    public void Without_targets_the_baseline_area_is_where_the_indicator_belongs_and_the_goal_says_it_has_no_progress()
    {
        var goal = Goal(City([], new Baseline { Value = 0, Date = Start, AreaId = West }).Add(MeasuredGoal()).Build());

        Assert.Equal((West.Value, ScoredAtReason.NoProgress), (Ids(goal.ScoredAt), goal.ScoredAtReason));
        Assert.True(goal.IsUnmeasured);
    }

    [Fact]
    public void A_goal_that_cannot_be_scored_says_why()
    {
        var model = City([TargetIn("oost")])
            .Indicator("leeg", "Niet gemeten", ResultLevel.Outcome, Polarity.HigherIsBetter, AggregationKind.Count)
            .Goal("zonder", "Zonder indicator", GoalLevel.Goal)
            .Goal("ongemeten", "Ongemeten", GoalLevel.Goal).MeasuredBy("ongemeten", "leeg")
            .Build();
        var goals = ImpactRollup.Compute(model).Goals.ToDictionary(g => g.GoalId.Value!, g => g.ScoredAtReason);

        Assert.Equal((ScoredAtReason.NoIndicators, ScoredAtReason.NoMeasurements), (goals["zonder"], goals["ongemeten"]));
    }

    [Fact]
    public void A_goal_scored_through_its_sub_goals_is_scored_where_they_are()
    {
        var model = City([TargetIn("oost")]).Add(MeasuredGoal()).Goal("missie", "Missie", GoalLevel.Mission).ContributesTo("doel", "missie").Build();
        var missie = Goal(model, "missie");

        Assert.Equal((Oost.Value, ScoredAtReason.ContributingGoals), (Ids(missie.ScoredAt), missie.ScoredAtReason));
    }

    [Fact]
    public void A_target_area_without_any_value_is_listed_and_the_goal_shows_how_many_indicators_scored()
    {
        var model = City([TargetIn("oost"), TargetIn("noord")]).Area("noord", "Noord", ScaleLevel.Wijk, parent: "stad")
            .Indicator("leeg", "Niet gemeten", ResultLevel.Outcome, Polarity.HigherIsBetter, AggregationKind.Count)
            .Add(MeasuredGoal() with { IndicatorIds = [new IndicatorId("bereik"), new IndicatorId("leeg")] })
            .Build();
        var goal = Goal(model);

        Assert.Equal([new AreaId("noord")], goal.Indicators[0].TargetAreasWithoutResult);
        Assert.Equal((1, 2), (goal.IndicatorsScored, goal.Indicators.Count));
    }

    [Fact]
    public void The_indicator_on_its_own_is_scored_where_its_target_is_the_same_code_the_goal_uses()
    {
        var model = City([TargetIn("west")]).Add(MeasuredGoal()).Build();
        var result = ImpactRollup.Compute(model);

        var alone = ScoringAreas.ForIndicator(model.Indicators[0], result.Indicators);

        Assert.Equal((West.Value, ScoredAtReason.TargetAreas), (Ids(alone.ScoredAreaIds), alone.Reason));
        Assert.Equal(alone, result.Goals.Single().Indicators.Single());
    }

    [Fact]
    public void A_city_frame_never_compares_an_area_with_itself()
    {
        var model = new ModelBuilder("Eén wijk")
            .Area("stad", "Stad", ScaleLevel.Gemeente)
            .Area("oost", "Oost", ScaleLevel.Wijk, parent: "stad")
            .Indicator("werkloos", "Werkloosheid", ResultLevel.Outcome, Polarity.LowerIsBetter, AggregationKind.Ratio, "%")
            .Measurement("werkloos", "oost", Start, 10, 100, 1000)
            .Build();
        var oost = ImpactRollup.Compute(model).Indicators.Single(s => s.AreaId == Oost);

        var city = oost.ReferenceGaps.Single(g => g.Frame == ReferenceFrameKind.CityAverage);

        Assert.Equal((null, ReferenceGapAbsence.RolledUpOnlyFromArea), (city.Gap, city.Absence));
    }
}
