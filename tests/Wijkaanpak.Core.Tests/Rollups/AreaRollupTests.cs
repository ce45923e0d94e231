using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;

namespace Wijkaanpak.Core.Tests.Rollups;

public class AreaRollupTests
{
    private static readonly LocalDate Y2023 = new(2023, 1, 1);
    private static readonly LocalDate Y2024 = new(2024, 1, 1);

    private static ModelBuilder Buurten(AggregationKind kind, WeightBasis? weight = null) => new ModelBuilder("Gebieden")
        .Area("BU00010101", "Een", ScaleLevel.Buurt, cbsCode: "BU00010101", population: 100)
        .Area("BU00010102", "Twee", ScaleLevel.Buurt, cbsCode: "BU00010102", population: 300)
        .Area("BU00010201", "Drie", ScaleLevel.Buurt, cbsCode: "BU00010201")
        .Indicator("x", "X", ResultLevel.Outcome, Polarity.HigherIsBetter, kind, weightBasis: weight);

    private static AreaAggregate Row(ImpactRollupResult result, string area, LocalDate? date = null) =>
        result.Areas.Single(a => a.AreaId.Value == area && a.Date == (date ?? Y2024));

    [Fact]
    public void Without_parent_links_wijken_and_the_gemeente_are_derived_from_cbs_codes()
    {
        var result = ImpactRollup.Compute(Buurten(AggregationKind.Count)
            .Measurement("x", "BU00010101", Y2024, 1).Measurement("x", "BU00010102", Y2024, 2).Measurement("x", "BU00010201", Y2024, 4).Build());

        Assert.Equal(3, Row(result, "WK000101").Value);
        Assert.Equal(7, Row(result, "GM0001").Value);
        Assert.True(Row(result, "GM0001").IsDerivedArea);
        Assert.Equal(ScaleLevel.Gemeente, Row(result, "GM0001").Level);
    }

    [Fact]
    public void A_ratio_without_numerator_and_denominator_does_not_roll_up_and_is_not_averaged()
    {
        var result = ImpactRollup.Compute(Buurten(AggregationKind.Ratio)
            .Measurement("x", "BU00010101", Y2024, 10, 10, 100).Measurement("x", "BU00010102", Y2024, 50).Build());

        var wijk = Row(result, "WK000101");
        Assert.Equal(10, wijk.Value);
        Assert.Equal((2, 2, 1), (wijk.Coverage.Children, wijk.Coverage.ChildrenWithValue, wijk.Coverage.ChildrenAggregated));
    }

    [Fact]
    public void A_ratio_in_per_mille_keeps_its_scale()
    {
        var result = ImpactRollup.Compute(Buurten(AggregationKind.Ratio)
            .Measurement("x", "BU00010101", Y2024, 100, 10, 100).Measurement("x", "BU00010102", Y2024, 50, 15, 300).Build());

        Assert.Equal(1000.0 * 25 / 400, Row(result, "WK000101").Value!.Value, 1e-9);
    }

    [Fact]
    public void A_mean_weighted_by_population_skips_an_area_with_unknown_population()
    {
        var result = ImpactRollup.Compute(Buurten(AggregationKind.WeightedMean, WeightBasis.Population)
            .Measurement("x", "BU00010101", Y2024, 6).Measurement("x", "BU00010102", Y2024, 8).Measurement("x", "BU00010201", Y2024, 1).Build());

        Assert.Equal(((6.0 * 100) + (8.0 * 300)) / 400, Row(result, "WK000101").Value!.Value, 1e-9);
        Assert.Null(Row(result, "WK000102").Value);
        Assert.Equal(0, Row(result, "WK000102").Coverage.ChildrenAggregated);
    }

    [Fact]
    public void A_not_aggregable_indicator_stays_per_area()
    {
        var result = ImpactRollup.Compute(Buurten(AggregationKind.NotAggregable)
            .Measurement("x", "BU00010101", Y2024, 6).Measurement("x", "BU00010102", Y2024, 8).Build());

        var wijk = Row(result, "WK000101");
        Assert.Null(wijk.Value);
        Assert.Equal(AreaValueOrigin.None, wijk.Origin);
        Assert.Equal((6, 8), (wijk.Dispersion!.Min, wijk.Dispersion.Max));
    }

    [Fact]
    public void A_missing_child_value_is_missing_by_default()
    {
        var result = ImpactRollup.Compute(Buurten(AggregationKind.Count)
            .Measurement("x", "BU00010101", Y2023, 1).Measurement("x", "BU00010102", Y2023, 2).Measurement("x", "BU00010102", Y2024, 5).Build());

        var wijk = Row(result, "WK000101");
        Assert.Equal((5, 1, 0), (wijk.Value, wijk.Coverage.Inputs, wijk.Coverage.Proxies));
    }

    [Fact]
    public void With_carry_forward_a_missing_child_value_is_an_explicit_proxy_with_its_age()
    {
        var model = Buurten(AggregationKind.Count)
            .Measurement("x", "BU00010101", Y2023, 1).Measurement("x", "BU00010102", Y2023, 2).Measurement("x", "BU00010102", Y2024, 5).Build();
        var result = ImpactRollup.Compute(model, options: new RollupOptions { CarryForward = Period.FromYears(1) });

        var wijk = Row(result, "WK000101");
        Assert.Equal((6, 2, 1, Y2023), (wijk.Value, wijk.Coverage.Inputs, wijk.Coverage.Proxies, wijk.Coverage.OldestInput));
    }

    [Fact]
    public void A_measured_parent_keeps_its_own_value_and_still_reports_its_children()
    {
        var result = ImpactRollup.Compute(new ModelBuilder("Gemeten")
            .Area("wijk", "Wijk", ScaleLevel.Wijk)
            .Area("a", "A", ScaleLevel.Buurt, parent: "wijk")
            .Indicator("x", "X", ResultLevel.Output, Polarity.HigherIsBetter, AggregationKind.Count)
            .Measurement("x", "a", Y2024, 3).Measurement("x", "wijk", Y2024, 10).Build());

        var wijk = Row(result, "wijk");
        Assert.Equal((10, AreaValueOrigin.Measured, 1), (wijk.Value, wijk.Origin, wijk.Coverage.ChildrenWithValue));
    }

    [Fact]
    public void Duplicate_measurements_are_counted_and_the_same_one_is_kept_in_any_order()
    {
        var model = Buurten(AggregationKind.Count).Measurement("x", "BU00010101", Y2024, 1).Measurement("x", "BU00010101", Y2024, 9).Build();
        var reversed = model with { Measurements = model.Measurements.Reverse().ToEquatableArray() };

        Assert.Equal(1, ImpactRollup.Compute(model).DuplicateMeasurements);
        Assert.Equal(ImpactRollup.Compute(model), ImpactRollup.Compute(reversed));
    }
}
