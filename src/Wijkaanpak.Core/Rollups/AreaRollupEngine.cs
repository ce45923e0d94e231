using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// Rolls one indicator's observations up the area hierarchy, date by date, on dense arrays.
/// An area's value is its own measurement when it has one, otherwise the rollup of its
/// children: Σ values for counts, Σ numerator / Σ denominator for ratios, Σ (value × weight) / Σ
/// weight for means and indices; not-aggregable indicators never roll up (ARCHITECTURE §8).
/// </summary>
/// <remarks>Cost O(periods × areas + observations); the working arrays are reused across dates.</remarks>
internal sealed class AreaRollupEngine
{
    private static readonly Accumulator Empty = new()
    {
        Oldest = int.MaxValue,
        Min = double.PositiveInfinity,
        Max = double.NegativeInfinity,
        Worst = -1,
    };

    private readonly AreaIndex _areas;
    private readonly int[] _parentIndex;
    private readonly int[] _ownObservation;
    private readonly bool[] _ownCarried;
    private readonly Accumulator[] _acc;
    private readonly int[] _lastObservation;
    private readonly int[] _lastPeriod;

    public AreaRollupEngine(AreaIndex areas)
    {
        _areas = areas;
        var n = areas.Count;
        _parentIndex = new int[n];
        ParentSlots = [.. Enumerable.Range(0, n).Where(s => areas.ChildCounts[s] > 0)];
        Array.Fill(_parentIndex, -1);
        for (var i = 0; i < ParentSlots.Length; i++)
        {
            _parentIndex[ParentSlots[i]] = i;
        }

        _ownObservation = new int[n];
        _ownCarried = new bool[n];
        _acc = new Accumulator[n];
        _lastObservation = new int[n];
        _lastPeriod = new int[n];
    }

    /// <summary>The slots of areas with children, in slot order; cells are stored per date in this order.</summary>
    public int[] ParentSlots { get; }

    /// <summary>Index of a slot in <see cref="ParentSlots"/>, or −1 for an area without children.</summary>
    public int ParentIndexOf(int slot) => _parentIndex[slot];

    /// <summary>Rolls up all dates of one indicator.</summary>
    /// <param name="observations">The indicator's observations.</param>
    /// <param name="kind">Its aggregation semantics.</param>
    /// <param name="weightBasis">Its weight for means and indices.</param>
    /// <param name="polarity">Its polarity, for the worst child and the threshold.</param>
    /// <param name="threshold">Children worse than this are counted; NaN for none.</param>
    /// <param name="carryForwardDays">Maximum age in days of a carried-forward proxy; negative for none.</param>
    /// <returns>Cells per date, <c>[period × ParentSlots.Length + parentIndex]</c>.</returns>
    public AreaCell[] Roll(IndicatorObservations observations, AggregationKind kind, WeightBasis? weightBasis, Polarity polarity, double threshold, int carryForwardDays)
    {
        var periods = observations.Periods.Length;
        var cells = new AreaCell[periods * ParentSlots.Length];
        Array.Fill(_lastObservation, -1);
        var days = new int[periods];
        for (var p = 0; p < periods; p++)
        {
            days[p] = DayNumber(observations.Periods[p]);
        }

        var everObserved = carryForwardDays >= 0 ? new List<int>() : null;
        for (var p = 0; p < periods; p++)
        {
            Reset();
            for (var i = observations.PeriodStart[p]; i < observations.PeriodStart[p + 1]; i++)
            {
                var slot = observations.Areas[i];
                _ownObservation[slot] = i;
                if (everObserved is not null && _lastObservation[slot] < 0)
                {
                    everObserved.Add(slot);
                }

                _lastObservation[slot] = i;
                _lastPeriod[slot] = p;
            }

            if (everObserved is not null)
            {
                foreach (var slot in everObserved)
                {
                    if (_ownObservation[slot] < 0 && days[p] - days[_lastPeriod[slot]] <= carryForwardDays)
                    {
                        _ownObservation[slot] = _lastObservation[slot];
                        _ownCarried[slot] = true;
                    }
                }
            }

            RollOneDate(observations, kind, weightBasis, polarity, threshold, days, p, cells.AsSpan(p * ParentSlots.Length, ParentSlots.Length));
        }

        return cells;
    }

    /// <summary>
    /// Day number of a date in the ISO calendar (days since 1 March of year 0, proleptic Gregorian), for
    /// age arithmetic; differences between day numbers are exact numbers of days.
    /// </summary>
    public static int DayNumber(LocalDate date)
    {
        // Civil-from-days inverse (H. Hinnant): shift the year to start in March so leap days come last.
        var y = date.Year - (date.Month <= 2 ? 1 : 0);
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (date.Month + (date.Month > 2 ? -3 : 9))) + 2) / 5 + date.Day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra;
    }

    private void Reset()
    {
        Array.Fill(_ownObservation, -1);
        Array.Clear(_ownCarried);
        Array.Fill(_acc, Empty);
    }

    private void RollOneDate(IndicatorObservations o, AggregationKind kind, WeightBasis? weightBasis, Polarity polarity, double threshold, int[] days, int period, Span<AreaCell> cells)
    {
        var parents = _areas.Parents;
        var sign = polarity switch { Polarity.HigherIsBetter => 1.0, Polarity.LowerIsBetter => -1.0, _ => 0.0 };
        var hasThreshold = sign != 0 && !double.IsNaN(threshold);
        var aggregable = kind != AggregationKind.NotAggregable;
        var accumulators = _acc;
        var ownObservation = _ownObservation;
        var ownCarried = _ownCarried;
        var parentIndex = _parentIndex;
        var values = o.Values;
        var flags = o.Proxies;
        foreach (var slot in _areas.BottomUp)
        {
            double value;
            double a = 0, b = 0;
            bool contributes;
            int inputs, proxies, oldest;
            AreaValueOrigin origin;
            var own = ownObservation[slot];
            if (own >= 0)
            {
                value = values[own];
                contributes = aggregable && Contribution(o, own, slot, kind, weightBasis, out a, out b);
                inputs = 1;
                var carried = ownCarried[slot];
                var proxy = carried || (flags is not null && flags[own]);
                proxies = proxy ? 1 : 0;
                oldest = days[carried ? _lastPeriod[slot] : period];
                origin = carried ? AreaValueOrigin.CarriedForward : AreaValueOrigin.Measured;
            }
            else if (accumulators[slot].Aggregated > 0)
            {
                a = accumulators[slot].SumA;
                b = accumulators[slot].SumB;
                value = kind switch
                {
                    AggregationKind.Count => a,
                    AggregationKind.Ratio => o.RatioScale * a / b,
                    _ => a / b,
                };
                contributes = true;
                inputs = accumulators[slot].Inputs;
                proxies = accumulators[slot].Proxies;
                oldest = accumulators[slot].Oldest;
                origin = AreaValueOrigin.RolledUp;
            }
            else
            {
                value = double.NaN;
                contributes = false;
                inputs = proxies = 0;
                oldest = int.MaxValue;
                origin = AreaValueOrigin.None;
            }

            var index = parentIndex[slot];
            if (index >= 0)
            {
                ref readonly var mine = ref accumulators[slot];
                var hasChildValue = mine.WithValue > 0;
                cells[index] = new AreaCell
                {
                    Value = value,
                    Origin = origin,
                    Min = hasChildValue ? mine.Min : double.NaN,
                    Max = hasChildValue ? mine.Max : double.NaN,
                    WorstChild = mine.Worst,
                    WorstValue = mine.Worst >= 0 ? mine.WorstValue : double.NaN,
                    ChildrenWithValue = mine.WithValue,
                    ChildrenAggregated = mine.Aggregated,
                    Inputs = mine.Inputs,
                    Proxies = mine.Proxies,
                    WorseThanThreshold = mine.Worse,
                    OldestInputDay = mine.Oldest,
                };
            }

            var parent = parents[slot];
            if (parent < 0 || origin == AreaValueOrigin.None)
            {
                continue;
            }

            ref var acc = ref accumulators[parent];
            acc.WithValue++;
            acc.Min = Math.Min(acc.Min, value);
            acc.Max = Math.Max(acc.Max, value);
            if (sign != 0 && (acc.Worst < 0 || sign * value < sign * acc.WorstValue))
            {
                acc.Worst = slot;
                acc.WorstValue = value;
            }

            if (hasThreshold && sign * value < sign * threshold)
            {
                acc.Worse++;
            }

            if (contributes)
            {
                acc.SumA += a;
                acc.SumB += b;
                acc.Aggregated++;
                acc.Inputs += inputs;
                acc.Proxies += proxies;
                acc.Oldest = Math.Min(acc.Oldest, oldest);
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool Contribution(IndicatorObservations o, int i, int slot, AggregationKind kind, WeightBasis? weightBasis, out double a, out double b)
    {
        switch (kind)
        {
            case AggregationKind.Count:
                a = o.Values[i];
                b = 0;
                return true;
            case AggregationKind.Ratio:
                a = o.Numerators is { } n ? n[i] : double.NaN;
                b = o.Denominators is { } d ? d[i] : double.NaN;
                return double.IsFinite(a) && double.IsFinite(b) && b > 0;
            default:
                b = weightBasis switch
                {
                    WeightBasis.Population => _areas.Population[slot],
                    WeightBasis.Households => _areas.Households[slot],
                    WeightBasis.Respondents => o.SampleSizes is { } s ? s[i] : double.NaN,
                    _ => double.NaN,
                };
                a = o.Values[i] * b;
                return double.IsFinite(b) && b > 0;
        }
    }

    /// <summary>What the children of one area have pushed into it at the current date.</summary>
    private struct Accumulator
    {
        public double SumA;
        public double SumB;
        public double Min;
        public double Max;
        public double WorstValue;
        public int Worst;
        public int WithValue;
        public int Aggregated;
        public int Inputs;
        public int Proxies;
        public int Worse;
        public int Oldest;
    }
}
