using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// What every part of an impact rollup shares: the dense area index, the indicators in id order,
/// their observations in columns and the area-rollup cells, computed once.
/// </summary>
internal sealed class RollupContext
{
    private readonly Dictionary<int, List<SeriesPoint>>?[] _series;

    private RollupContext(WijkaanpakModel model, RollupOptions options, IEnumerable<Measurement> measurements)
    {
        Model = model;
        Options = options;
        Areas = AreaIndex.Build(model.Areas);
        Indicators = [.. model.Indicators.DistinctBy(i => i.Id).Where(i => i.Id.Value is not null).OrderBy(i => i.Id)];
        IndicatorSlots = new Dictionary<IndicatorId, int>(Indicators.Length);
        for (var i = 0; i < Indicators.Length; i++)
        {
            IndicatorSlots[Indicators[i].Id] = i;
        }

        Observations = IndicatorObservations.FromMeasurements(measurements, IndicatorSlots, Areas);
        Engine = new AreaRollupEngine(Areas);
        var carry = options.CarryForward is { } period ? DaysIn(period) : -1;
        Cells = [.. Indicators.Select((indicator, i) => Engine.Roll(Observations[i], indicator.Aggregation, indicator.WeightBasis, indicator.Polarity, Threshold(indicator), carry))];
        _series = new Dictionary<int, List<SeriesPoint>>?[Indicators.Length];
        var latest = Observations.Where(o => o.Periods.Length > 0).Select(o => o.Periods[^1]).DefaultIfEmpty().Max();
        At = options.At ?? (Observations.Any(o => o.Periods.Length > 0) ? latest : null);
    }

    public WijkaanpakModel Model { get; }

    public RollupOptions Options { get; }

    public AreaIndex Areas { get; }

    /// <summary>The indicators, ordered by id.</summary>
    public Indicator[] Indicators { get; }

    public Dictionary<IndicatorId, int> IndicatorSlots { get; }

    public IndicatorObservations[] Observations { get; }

    public AreaRollupEngine Engine { get; }

    /// <summary>Area-rollup cells per indicator slot.</summary>
    public AreaCell[][] Cells { get; }

    /// <summary>The reference date: the option, else the latest measurement date; absent without either.</summary>
    public LocalDate? At { get; }

    public static RollupContext Create(WijkaanpakModel model, IEnumerable<Measurement>? measurements, RollupOptions? options)
    {
        ArgumentNullException.ThrowIfNull(model);
        var all = measurements is null ? model.Measurements.AsEnumerable() : model.Measurements.Concat(measurements);
        return new RollupContext(model, options ?? new RollupOptions(), all);
    }

    /// <summary>The number of days a period spans from the reference day 1 January 2000 (months and years vary; this fixes them).</summary>
    public static int DaysIn(Period period)
    {
        var start = new LocalDate(2000, 1, 1);
        return Period.DaysBetween(start, start.Plus(period));
    }

    /// <summary>The value against which children count as worse: the option for the indicator, else its first target value.</summary>
    public double Threshold(Indicator indicator) =>
        Options.AreaThresholds is { } thresholds && thresholds.TryGetValue(indicator.Id, out var t)
            ? t
            : indicator.Targets.OrderBy(x => x.Date).Select(x => x.Value).FirstOrDefault(v => v is not null) ?? double.NaN;

    /// <summary>The indicator's series in an area, dates ascending: measured values and rolled-up values.</summary>
    public IReadOnlyList<SeriesPoint> Series(int indicator, int area)
    {
        var map = _series[indicator] ??= BuildSeries(indicator);
        return map.TryGetValue(area, out var list) ? list : [];
    }

    /// <summary>The areas with at least one value of the indicator, in slot order.</summary>
    public IEnumerable<int> AreasWithValues(int indicator)
    {
        var map = _series[indicator] ??= BuildSeries(indicator);
        return map.Keys.Order();
    }

    /// <summary>The cell of an area with children at a period of an indicator.</summary>
    public ref readonly AreaCell Cell(int indicator, int period, int parentIndex) =>
        ref Cells[indicator][(period * Engine.ParentSlots.Length) + parentIndex];

    private Dictionary<int, List<SeriesPoint>> BuildSeries(int indicator)
    {
        var map = new Dictionary<int, List<SeriesPoint>>();
        var o = Observations[indicator];
        for (var p = 0; p < o.Periods.Length; p++)
        {
            for (var i = o.PeriodStart[p]; i < o.PeriodStart[p + 1]; i++)
            {
                if (Engine.ParentIndexOf(o.Areas[i]) < 0)
                {
                    Add(map, o.Areas[i], new SeriesPoint(o.Periods[p], o.Values[i], AreaValueOrigin.Measured));
                }
            }

            for (var k = 0; k < Engine.ParentSlots.Length; k++)
            {
                ref readonly var cell = ref Cell(indicator, p, k);
                if (cell.Origin != AreaValueOrigin.None)
                {
                    Add(map, Engine.ParentSlots[k], new SeriesPoint(o.Periods[p], cell.Value, cell.Origin));
                }
            }
        }

        return map;
    }

    private static void Add(Dictionary<int, List<SeriesPoint>> map, int area, SeriesPoint point)
    {
        if (!map.TryGetValue(area, out var list))
        {
            map[area] = list = [];
        }

        list.Add(point);
    }
}
