using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Model;

public class ModelSummaryTests
{
    [Fact]
    public void The_summary_counts_each_kind_and_groups_goals_by_level()
    {
        var model = new ModelBuilder("M")
            .Area("stad", "Stad", ScaleLevel.Gemeente)
            .Area("w1", "W1", ScaleLevel.Wijk, parent: "stad")
            .Area("w2", "W2", ScaleLevel.Wijk, parent: "stad")
            .Stakeholder("a", "Alpha", StakeholderType.Gemeente)
            .Stakeholder("b", "Beta", StakeholderType.Welzijn)
            .Goal("m", "M", GoalLevel.Mission)
            .Goal("g1", "G1", GoalLevel.Goal, "m")
            .Goal("g2", "G2", GoalLevel.Goal, "m")
            .Indicator("i", "I", ResultLevel.Outcome, Polarity.HigherIsBetter, AggregationKind.Count)
            .Measurement("i", "w1", new LocalDate(2020, 1, 1), 1)
            .Measurement("i", "w1", new LocalDate(2023, 1, 1), 2)
            .Member("a", new LocalDate(2020, 1, 1))
            .Member("b", new LocalDate(2020, 1, 1), left: new LocalDate(2021, 1, 1))
            .Build();

        var summary = ModelSummary.Of(model);

        Assert.Equal([new(ScaleLevel.Wijk, 2), new(ScaleLevel.Gemeente, 1)], summary.AreasByLevel);
        Assert.Equal([new(GoalLevel.Goal, 2), new(GoalLevel.Mission, 1)], summary.GoalsByLevel);
        Assert.Equal(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2023, 1, 1)), summary.MeasurementSpan);
        Assert.Equal(["Alpha"], summary.AllianceMembers);
        Assert.Equal(1, summary.FormerMembers);
        Assert.Equal(2, summary.Edges);
    }
}
