using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;

namespace Wijkaanpak.Core.Tests.Rollups;

public class GoalAndContributionTests
{
    private static readonly LocalDate Start = new(2020, 1, 1);

    private static ModelBuilder TwoIndicators() => new ModelBuilder("Doelen")
        .Area("wijk", "Wijk", ScaleLevel.Wijk)
        .Add(new Indicator { Id = new IndicatorId("a"), Name = "A", Level = ResultLevel.Outcome, Polarity = Polarity.HigherIsBetter, Aggregation = AggregationKind.Count, Targets = [new Target { Value = 10, Date = Start.PlusYears(1) }] })
        .Add(new Indicator { Id = new IndicatorId("b"), Name = "B", Level = ResultLevel.Outcome, Polarity = Polarity.HigherIsBetter, Aggregation = AggregationKind.Count, Targets = [new Target { Value = 10, Date = Start.PlusYears(1) }] })
        .Add(new Indicator { Id = new IndicatorId("o"), Name = "O", Level = ResultLevel.Output, Polarity = Polarity.HigherIsBetter, Aggregation = AggregationKind.Count, Targets = [new Target { Value = 10, Date = Start.PlusYears(1) }] })
        .Measurement("a", "wijk", Start, 0).Measurement("a", "wijk", Start.PlusYears(1), 8)
        .Measurement("b", "wijk", Start, 0).Measurement("b", "wijk", Start.PlusYears(1), 2)
        .Measurement("o", "wijk", Start, 0).Measurement("o", "wijk", Start.PlusYears(1), 10);

    private static GoalStatus Goal(ImpactRollupResult result, string id) => result.Goals.Single(g => g.GoalId.Value == id);

    [Fact]
    public void The_three_aggregators_differ_on_the_same_inputs()
    {
        var model = TwoIndicators().Goal("doel", "Doel", GoalLevel.Goal).MeasuredBy("doel", "a", "b").Build();
        var score = Goal(ImpactRollup.Compute(model), "doel").Scores.Single();
        Assert.Equal((0.5, 0.2, 0.0), (score.WeightedMean, score.WeakestLink, score.ShareOnTrack), new ToleranceComparer());
    }

    [Fact]
    public void The_headline_follows_the_configured_aggregator()
    {
        var model = TwoIndicators().Goal("doel", "Doel", GoalLevel.Goal).MeasuredBy("doel", "a", "b").Build();
        var result = ImpactRollup.Compute(model, options: new RollupOptions { GoalAggregation = GoalAggregation.WeakestLink });
        Assert.Equal(0.2, Goal(result, "doel").Scores.Single().Headline, 1e-9);
    }

    [Fact]
    public void Output_and_outcome_scores_are_kept_apart_up_the_tree()
    {
        var model = TwoIndicators()
            .Goal("missie", "Missie", GoalLevel.Mission)
            .Goal("doel", "Doel", GoalLevel.Goal, "missie")
            .Goal("prestatie", "Prestatie", GoalLevel.Output, "doel")
            .MeasuredBy("doel", "a").MeasuredBy("prestatie", "o").Build();
        var scores = Goal(ImpactRollup.Compute(model), "missie").Scores.ToDictionary(s => s.ResultLevel, s => s.WeightedMean);
        Assert.Equal(2, scores.Count);
        Assert.Equal((1.0, 0.8), (scores[ResultLevel.Output], scores[ResultLevel.Outcome]), new ToleranceComparer());
    }

    [Fact]
    public void A_goal_without_scored_indicators_is_unmeasured() =>
        Assert.True(Goal(ImpactRollup.Compute(TwoIndicators().Goal("leeg", "Leeg", GoalLevel.Goal).Build()), "leeg").IsUnmeasured);

    [Fact]
    public void A_contribution_cycle_does_not_hang_and_is_flagged()
    {
        var model = TwoIndicators().Goal("p", "P", GoalLevel.Goal, "q").Goal("q", "Q", GoalLevel.Goal, "p").MeasuredBy("p", "a").BuildUnchecked();
        var result = ImpactRollup.Compute(model);
        Assert.True(Goal(result, "p").InCycle && Goal(result, "q").InCycle);
    }

    [Fact]
    public void Without_weights_an_intervention_splits_equally_and_says_so()
    {
        var model = TwoIndicators().Goal("p", "P", GoalLevel.Goal).Goal("q", "Q", GoalLevel.Goal)
            .Stakeholder("s", "S", StakeholderType.Gemeente)
            .Intervention("i", "I", InterventionKind.Regulier, owner: "s", budget: 1000m, contributesTo: ["p", "q"]).Build();
        var shares = ImpactRollup.Compute(model).Contribution.Shares;
        Assert.All(shares, s => Assert.Equal((500.0, true), (s.Direct, s.EqualSplit)));
    }

    [Fact]
    public void Money_of_an_intervention_without_goals_is_unallocated()
    {
        var model = TwoIndicators().Stakeholder("s", "S", StakeholderType.Gemeente)
            .Intervention("i", "I", InterventionKind.Regulier, owner: "s", budget: 1000m).Build();
        var partner = Assert.Single(ImpactRollup.Compute(model).Contribution.Partners);
        Assert.Equal((1000.0, 1000.0), (partner.Amount, partner.Unallocated));
    }

    [Theory]
    [InlineData("a", 0.5, false)]
    [InlineData("a", 0.9, true)]
    [InlineData("b", 0.5, true)]
    public void The_output_outcome_gap_is_raised_when_outcomes_lag_outputs_by_the_configured_share(string outcome, double share, bool raised)
    {
        var model = TwoIndicators().Goal("doel", "Doel", GoalLevel.Goal).Goal("prestatie", "Prestatie", GoalLevel.Output, "doel")
            .MeasuredBy("doel", outcome).MeasuredBy("prestatie", "o").Build();
        var options = new RollupOptions { OutputOutcomeGap = new OutputOutcomeGapThresholds { OutcomeShareOfOutput = share } };

        var goal = Goal(ImpactRollup.Compute(model, options: options), "doel");

        Assert.Equal(raised, goal.OutputOutcomeGap);
        Assert.Equal(1.0, goal.Gap!.OutputProgress, 1e-9);
    }

    private sealed class ToleranceComparer : IEqualityComparer<(double, double, double)>, IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double, double) x, (double, double, double) y) => Close(x.Item1, y.Item1) && Close(x.Item2, y.Item2) && Close(x.Item3, y.Item3);

        public bool Equals((double, double) x, (double, double) y) => Close(x.Item1, y.Item1) && Close(x.Item2, y.Item2);

        public int GetHashCode((double, double, double) obj) => 0;

        public int GetHashCode((double, double) obj) => 0;

        private static bool Close(double a, double b) => Math.Abs(a - b) < 1e-9;
    }
}
