using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;

namespace Wijkaanpak.Benchmarks.Rollups;

/// <summary>
/// How fast does the spatial rollup take buurten × 100 indicators × 20 yearly measurements up to wijk
/// and gemeente (ARCHITECTURE §6: 14,000 buurten in under 2 s), and what does it allocate? Buurten
/// carry CBS codes only, so wijken (four buurten each) and gemeenten (ten wijken each) are derived.
/// Indicators: 50 counts, 30 ratios (numerator/denominator) and 20 means weighted by population.
/// The peer in the same run is what a data team writes first: a LINQ <c>GroupBy</c> per level over
/// the same columns, computing only the values (no coverage, no dispersion).
/// </summary>
[MemoryDiagnoser]
public class RollupBenchmarks
{
    private const int IndicatorCount = 100;
    private const int Years = 20;

    private AreaIndex _areas = null!;
    private IndicatorObservations[] _observations = [];
    private AggregationKind[] _kinds = [];
    private int[] _wijkOf = [];
    private int[] _gemeenteOf = [];

    [Params(1_400, 14_000)]
    public int Buurten { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_260_101);
        var areas = new List<Area>(Buurten);
        for (var i = 0; i < Buurten; i++)
        {
            var wijk = i / 4;
            var code = string.Create(CultureInfo.InvariantCulture, $"BU{wijk / 10:D4}{wijk % 10:D2}{i % 4:D2}");
            areas.Add(new Area { Id = new AreaId(code), Name = code, Level = ScaleLevel.Buurt, CbsCode = CbsCode.Parse(code), Population = random.Next(100, 5000) });
        }

        _areas = AreaIndex.Build(areas);
        var buurtSlots = areas.Select(a => _areas.SlotOf(a.Id)).ToArray();
        _wijkOf = [.. Enumerable.Range(0, _areas.Count).Select(s => _areas.AncestorAt(s, ScaleLevel.Wijk))];
        _gemeenteOf = [.. Enumerable.Range(0, _areas.Count).Select(s => _areas.AncestorAt(s, ScaleLevel.Gemeente))];
        _kinds = [.. Enumerable.Range(0, IndicatorCount).Select(i => i < 50 ? AggregationKind.Count : i < 80 ? AggregationKind.Ratio : AggregationKind.WeightedMean)];
        _observations = [.. _kinds.Select(kind => Observations(kind, buurtSlots, random))];
        Console.WriteLine($"// {Buurten} buurten → {_areas.Count - Buurten} derived wijken and gemeenten; {(long)Buurten * IndicatorCount * Years:N0} measurements.");
    }

    [Benchmark(Baseline = true, Description = "LINQ GroupBy per level (peer)")]
    public int LinqGroupBy()
    {
        var rows = 0;
        for (var ind = 0; ind < IndicatorCount; ind++)
        {
            var o = _observations[ind];
            var kind = _kinds[ind];
            var wijken = Enumerable.Range(0, o.Count)
                .GroupBy(i => (Period: i / Buurten, Wijk: _wijkOf[o.Areas[i]]))
                .Select(g => (g.Key.Period, g.Key.Wijk, A: g.Sum(i => Numerator(o, kind, i)), B: g.Sum(i => Denominator(o, kind, i))))
                .ToList();
            var gemeenten = wijken
                .GroupBy(w => (w.Period, Gemeente: _gemeenteOf[w.Wijk]))
                .Select(g => (g.Key.Period, g.Key.Gemeente, A: g.Sum(w => w.A), B: g.Sum(w => w.B)))
                .ToList();
            rows += wijken.Count(w => double.IsFinite(Finish(kind, w.A, w.B))) + gemeenten.Count(g => double.IsFinite(Finish(kind, g.A, g.B)));
        }

        return rows;
    }

    [Benchmark(Description = "Dense area rollup with coverage and dispersion")]
    public int DenseRollup()
    {
        var engine = new AreaRollupEngine(_areas);
        var rows = 0;
        for (var ind = 0; ind < IndicatorCount; ind++)
        {
            var cells = engine.Roll(_observations[ind], _kinds[ind], WeightBasis.Population, Polarity.HigherIsBetter, threshold: 50, carryForwardDays: -1);
            rows += cells.Length;
        }

        return rows;
    }

    private IndicatorObservations Observations(AggregationKind kind, int[] buurtSlots, Random random)
    {
        var n = buurtSlots.Length;
        var values = new double[n * Years];
        var numerators = kind == AggregationKind.Ratio ? new double[n * Years] : null;
        var denominators = kind == AggregationKind.Ratio ? new double[n * Years] : null;
        var areas = new int[n * Years];
        for (var p = 0; p < Years; p++)
        {
            for (var b = 0; b < n; b++)
            {
                var i = (p * n) + b;
                areas[i] = buurtSlots[b];
                if (numerators is not null && denominators is not null)
                {
                    denominators[i] = random.Next(50, 3000);
                    numerators[i] = random.Next(0, (int)denominators[i]);
                    values[i] = 100 * numerators[i] / denominators[i];
                }
                else
                {
                    values[i] = kind == AggregationKind.Count ? random.Next(0, 500) : 5 + (random.NextDouble() * 4);
                }
            }
        }

        return new IndicatorObservations
        {
            Periods = [.. Enumerable.Range(0, Years).Select(y => new LocalDate(2005 + y, 1, 1))],
            PeriodStart = [.. Enumerable.Range(0, Years + 1).Select(p => p * n)],
            Areas = areas,
            Values = values,
            Numerators = numerators,
            Denominators = denominators,
            RatioScale = 100,
        };
    }

    private double Numerator(IndicatorObservations o, AggregationKind kind, int i) => kind switch
    {
        AggregationKind.Count => o.Values[i],
        AggregationKind.Ratio => o.Numerators![i],
        _ => o.Values[i] * _areas.Population[o.Areas[i]],
    };

    private double Denominator(IndicatorObservations o, AggregationKind kind, int i) => kind switch
    {
        AggregationKind.Count => 1,
        AggregationKind.Ratio => o.Denominators![i],
        _ => _areas.Population[o.Areas[i]],
    };

    private static double Finish(AggregationKind kind, double a, double b) => kind switch
    {
        AggregationKind.Count => a,
        AggregationKind.Ratio => 100 * a / b,
        _ => a / b,
    };
}
