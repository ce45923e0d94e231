using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;

namespace Wijkaanpak.Core.Tests.Rollups;

public class IndicatorStatusTests
{
    private static readonly LocalDate Start = new(2020, 1, 1);

    private static IndicatorStatus Status(Indicator indicator, RollupOptions? options = null, params double[] values)
    {
        var builder = new ModelBuilder("Status").Area("wijk", "Wijk", ScaleLevel.Wijk).Add(indicator);
        for (var i = 0; i < values.Length; i++)
        {
            builder.Measurement(indicator.Id.Value, "wijk", Start.PlusYears(i), values[i]);
        }

        return Assert.Single(ImpactRollup.Compute(builder.Build(), options: options).Indicators);
    }

    private static Indicator Indicator(Polarity polarity = Polarity.HigherIsBetter, double? baseline = null, double? target = null) => new()
    {
        Id = new IndicatorId("x"),
        Name = "X",
        Level = ResultLevel.Outcome,
        Polarity = polarity,
        Aggregation = AggregationKind.Count,
        Baseline = baseline is { } b ? new Baseline { Value = b, Date = Start } : null,
        Targets = target is { } t ? [new Target { Value = t, Date = Start.PlusYears(10) }] : [],
    };

    [Fact]
    public void Without_a_target_progress_is_not_scored_but_the_trend_is_reported()
    {
        var status = Status(Indicator(), null, 1, 2, 3);
        Assert.Equal((ProgressCase.NoTarget, StatusBand.NotScored, TrendDirection.Improving), (status.ProgressCase, status.Band, status.Trend.Direction));
    }

    [Fact]
    public void Without_a_declared_baseline_the_first_value_is_the_baseline()
    {
        var status = Status(Indicator(target: 10), null, 2, 4);
        Assert.Equal((2, BaselineSource.FirstValue, 0.25), (status.Baseline, status.BaselineSource, status.Progress));
    }

    [Fact]
    public void With_one_value_and_no_declared_baseline_progress_is_not_scored() =>
        Assert.Equal(ProgressCase.NoBaseline, Status(Indicator(target: 10), null, 2).ProgressCase);

    [Fact]
    public void A_target_equal_to_the_baseline_is_met_when_the_value_holds()
    {
        var status = Status(Indicator(Polarity.LowerIsBetter, 5, 5), null, 4);
        Assert.Equal((1.0, ProgressCase.TargetEqualsBaseline, StatusBand.Achieved), (status.Progress!.Value, status.ProgressCase, status.Band));
    }

    [Fact]
    public void A_neutral_indicator_is_not_scored_and_its_trend_rises_or_falls()
    {
        var status = Status(Indicator(Polarity.Neutral, 0, 10), null, 5, 3, 1);
        Assert.Equal((ProgressCase.NeutralPolarity, TrendDirection.Falling), (status.ProgressCase, status.Trend.Direction));
    }

    [Fact]
    public void Two_points_give_slopes_but_no_direction()
    {
        var trend = Status(Indicator(), null, 1, 3).Trend;
        Assert.Equal(TrendDirection.InsufficientData, trend.Direction);
        Assert.NotNull(trend.TheilSenSlope);
    }

    [Fact]
    public void Theil_sen_ignores_a_single_outlier_that_pulls_least_squares()
    {
        var trend = Status(Indicator(), null, 10, 10, 10, 10, 50).Trend;
        Assert.Equal(0, trend.TheilSenSlope!.Value, 1e-9);
        Assert.True(trend.LeastSquaresSlope > 5);
    }

    [Fact]
    public void A_value_older_than_the_frequency_is_stale()
    {
        var status = Status(Indicator() with { Frequency = Period.FromYears(1) }, new RollupOptions { At = Start.PlusYears(3) }, 1, 2);
        Assert.Equal((true, 730), (status.IsStale, status.AgeDays));
    }

    [Fact]
    public void Moving_away_from_the_target_is_off_track() =>
        Assert.Equal(StatusBand.OffTrack, Status(Indicator(Polarity.HigherIsBetter, 10, 20), null, 10, 8).Band);

    [Fact]
    public void Slow_progress_against_the_time_elapsed_is_at_risk()
    {
        var status = Status(Indicator(Polarity.HigherIsBetter, 0, 100), new RollupOptions { At = Start.PlusYears(5) }, 0, 35);
        Assert.Equal(StatusBand.AtRisk, status.Band);
    }

    [Fact]
    public void A_target_stated_against_a_frame_takes_the_frame_value()
    {
        var indicator = Indicator(Polarity.LowerIsBetter, 12) with
        {
            Targets = [new Target { Frame = ReferenceFrameKind.G4Average, Date = Start.PlusYears(10) }],
            ReferenceValues = [new ReferenceValue { Frame = ReferenceFrameKind.G4Average, Date = Start, Value = 8 }],
        };
        var status = Status(indicator, null, 12, 11);
        Assert.Equal((8, 0.25), (status.Target, status.Progress));
    }
}
