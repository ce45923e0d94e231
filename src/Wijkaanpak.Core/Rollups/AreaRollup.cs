using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>Turns the dense area-rollup cells into <see cref="AreaAggregate"/> records: measured areas without children and every area with children that has a value or a child with one.</summary>
internal static class AreaRollup
{
    public static List<AreaAggregate> Aggregates(RollupContext context)
    {
        var rows = new List<AreaAggregate>();
        var areas = context.Areas;
        var engine = context.Engine;
        for (var ind = 0; ind < context.Indicators.Length; ind++)
        {
            var indicator = context.Indicators[ind];
            var o = context.Observations[ind];
            var threshold = context.Threshold(indicator);
            for (var p = 0; p < o.Periods.Length; p++)
            {
                var date = o.Periods[p];
                for (var i = o.PeriodStart[p]; i < o.PeriodStart[p + 1]; i++)
                {
                    var slot = o.Areas[i];
                    if (engine.ParentIndexOf(slot) < 0)
                    {
                        var proxy = o.Proxies is { } flags && flags[i];
                        rows.Add(Row(indicator, areas, slot, date, o.Values[i], AreaValueOrigin.Measured, new AreaCoverage(0, 0, 0, 1, proxy ? 1 : 0, date), null));
                    }
                }

                for (var k = 0; k < engine.ParentSlots.Length; k++)
                {
                    ref readonly var cell = ref context.Cell(ind, p, k);
                    if (cell.Origin == AreaValueOrigin.None && cell.ChildrenWithValue == 0)
                    {
                        continue;
                    }

                    var slot = engine.ParentSlots[k];
                    var coverage = new AreaCoverage(
                        areas.ChildCounts[slot],
                        cell.ChildrenWithValue,
                        cell.ChildrenAggregated,
                        cell.Inputs,
                        cell.Proxies,
                        cell.OldestInputDay == int.MaxValue ? null : o.Periods[0].PlusDays(cell.OldestInputDay - AreaRollupEngine.DayNumber(o.Periods[0])));
                    var dispersion = cell.ChildrenWithValue == 0 ? null : new AreaDispersion(
                        cell.Min,
                        cell.Max,
                        cell.WorstChild >= 0 ? areas.Ids[cell.WorstChild] : null,
                        cell.WorstChild >= 0 ? cell.WorstValue : null,
                        double.IsNaN(threshold) ? null : threshold,
                        double.IsNaN(threshold) || indicator.Polarity == Polarity.Neutral ? null : (double)cell.WorseThanThreshold / cell.ChildrenWithValue);
                    rows.Add(Row(indicator, areas, slot, date, cell.Value, cell.Origin, coverage, dispersion));
                }
            }
        }

        rows.Sort(static (x, y) =>
        {
            var c = x.IndicatorId.CompareTo(y.IndicatorId);
            c = c != 0 ? c : x.AreaId.CompareTo(y.AreaId);
            return c != 0 ? c : x.Date.CompareTo(y.Date);
        });
        return rows;
    }

    private static AreaAggregate Row(Indicator indicator, AreaIndex areas, int slot, LocalDate date, double value, AreaValueOrigin origin, AreaCoverage coverage, AreaDispersion? dispersion) => new()
    {
        IndicatorId = indicator.Id,
        AreaId = areas.Ids[slot],
        Level = areas.Levels[slot],
        IsDerivedArea = areas.IsDerived[slot],
        Date = date,
        Value = double.IsNaN(value) ? null : value,
        Origin = origin,
        Aggregation = indicator.Aggregation,
        Coverage = coverage,
        Dispersion = dispersion,
    };
}
