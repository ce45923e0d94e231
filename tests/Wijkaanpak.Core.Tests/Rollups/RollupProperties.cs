using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;

namespace Wijkaanpak.Core.Tests.Rollups;

/// <summary>The invariants of issue 4, item 9, over random buurten, wijken and values.</summary>
public class RollupProperties
{
    private static readonly LocalDate Date = new(2024, 1, 1);

    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue).ToArbitrary();

    /// <summary>Random buurten under gemeente GM0001, spread over up to five wijken by CBS code only (no parent links).</summary>
    private static (List<Area> Areas, List<Measurement> Measurements) RandomBuurten(Random rng, Func<int, int> wijkOf, bool ratio)
    {
        var areas = new List<Area>();
        var measurements = new List<Measurement>();
        var count = rng.Next(1, 25);
        for (var i = 0; i < count; i++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"BU0001{wijkOf(i):D2}{i:D2}");
            areas.Add(new Area { Id = new AreaId(code), Name = code, Level = ScaleLevel.Buurt, CbsCode = CbsCode.Parse(code) });
            var denominator = rng.Next(1, 5000);
            var numerator = rng.Next(0, denominator + 1);
            measurements.Add(new Measurement
            {
                IndicatorId = new IndicatorId("x"),
                AreaId = new AreaId(code),
                Date = Date,
                Value = ratio ? 100.0 * numerator / denominator : rng.Next(0, 1000),
                Numerator = ratio ? numerator : null,
                Denominator = ratio ? denominator : null,
            });
        }

        return (areas, measurements);
    }

    private static WijkaanpakModel Model(IEnumerable<Area> areas, AggregationKind kind) => new()
    {
        Name = "Eigenschappen",
        Areas = areas.ToEquatableArray(),
        Indicators = [new Indicator { Id = new IndicatorId("x"), Name = "X", Level = ResultLevel.Outcome, Polarity = Polarity.LowerIsBetter, Aggregation = kind }],
    };

    private static double? GemeenteValue(ImpactRollupResult result) =>
        result.Areas.Single(a => a.AreaId.Value == "GM0001").Value;

    [Fact]
    public void A_count_rollup_equals_the_sum_of_its_leaves() =>
        Prop.ForAll(Seeds, seed =>
        {
            var rng = new Random(seed);
            var (areas, measurements) = RandomBuurten(rng, _ => rng.Next(1, 6), ratio: false);
            var result = ImpactRollup.Compute(Model(areas, AggregationKind.Count), measurements);
            return GemeenteValue(result) == measurements.Sum(m => m.Value);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_ratio_rollup_does_not_depend_on_how_buurten_are_grouped_into_wijken() =>
        Prop.ForAll(Seeds, seed =>
        {
            var (areasA, measurementsA) = RandomBuurten(new Random(seed), _ => 1, ratio: true);
            var grouping = new Random(seed ^ 0x5bd1e995);
            var (areasB, measurementsB) = RandomBuurten(new Random(seed), _ => grouping.Next(1, 6), ratio: true);
            var a = GemeenteValue(ImpactRollup.Compute(Model(areasA, AggregationKind.Ratio), measurementsA))!.Value;
            var b = GemeenteValue(ImpactRollup.Compute(Model(areasB, AggregationKind.Ratio), measurementsB))!.Value;
            var expected = 100.0 * measurementsA.Sum(m => m.Numerator!.Value) / measurementsA.Sum(m => m.Denominator!.Value);
            return Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a)) && Math.Abs(a - expected) <= 1e-9 * Math.Max(1, expected);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Results_do_not_depend_on_the_order_of_areas_and_measurements()
    {
        var model = RollupExample.Model();
        var expected = ImpactRollup.Compute(model);
        Prop.ForAll(Seeds, seed =>
        {
            var rng = new Random(seed);
            var shuffled = model with
            {
                Areas = model.Areas.OrderBy(_ => rng.Next()).ToEquatableArray(),
                Measurements = model.Measurements.OrderBy(_ => rng.Next()).ToEquatableArray(),
            };
            return ImpactRollup.Compute(shuffled) == expected;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Progress_is_monotone_in_the_latest_value_for_each_polarity()
    {
        var values = Gen.Choose(-1000, 1000).Select(i => i / 10.0);
        var cases = from baseline in values
                    from target in values
                    from a in values
                    from b in values
                    from higher in Gen.Elements(true, false)
                    select (baseline, target, Low: Math.Min(a, b), High: Math.Max(a, b), higher);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var polarity = c.higher ? Polarity.HigherIsBetter : Polarity.LowerIsBetter;
            var low = IndicatorStatusCalculator.Progress(polarity, c.Low, c.baseline, c.target).Progress!.Value;
            var high = IndicatorStatusCalculator.Progress(polarity, c.High, c.baseline, c.target).Progress!.Value;
            return c.higher ? low <= high : low >= high;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Without_discounting_and_drop_off_the_present_value_is_the_plain_sum() =>
        Prop.ForAll(Seeds, seed =>
        {
            var rng = new Random(seed);
            var outcomes = Enumerable.Range(0, rng.Next(1, 5)).Select(i => new SocialOutcome
            {
                Name = "o" + i.ToString(CultureInfo.InvariantCulture),
                Quantity = rng.Next(0, 500),
                FinancialProxy = rng.Next(0, 10_000),
                Deadweight = rng.NextDouble(),
                Displacement = rng.NextDouble(),
                Attribution = rng.NextDouble(),
                Duration = rng.Next(1, 10),
            }).ToList();
            var result = SocialReturnCalculator.Compute(new SocialReturnCase { Id = new SocialReturnCaseId("c"), Name = "C", Outcomes = outcomes.ToEquatableArray() }, new RollupOptions());
            var plain = outcomes.Sum(o => o.Duration * o.Quantity * (double)o.FinancialProxy * (1 - o.Deadweight) * (1 - o.Displacement) * (1 - o.Attribution));
            return Math.Abs(result.PresentValue - plain) <= 1e-9 * Math.Max(1, plain) && Math.Abs(result.Years.Sum(y => y.PresentValue) - plain) <= 1e-9 * Math.Max(1, plain);
        }).QuickCheckThrowOnFailure();
}
