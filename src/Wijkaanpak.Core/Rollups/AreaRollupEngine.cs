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
    private readonly AreaIndex _areas;
    private readonly int[] _parentIndex;
    private readonly int[] _ownObservation;
    private readonly bool[] _ownCarried;
    private readonly double[] _sumA;
    private readonly double[] _sumB;
    private readonly int[] _aggregated;
    private readonly int[] _withValue;
    private readonly int[] _inputs;
    private readonly int[] _proxies;
    private readonly int[] _oldest;
    private readonly double[] _min;
    private readonly double[] _max;
    private readonly int[] _worst;
    private readonly double[] _worstValue;
    private readonly int[] _worse;
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
        _sumA = new double[n];
        _sumB = new double[n];
        _aggregated = new int[n];
        _withValue = new int[n];
        _inputs = new int[n];
        _proxies = new int[n];
        _oldest = new int[n];
        _min = new double[n];
        _max = new double[n];
        _worst = new int[n];
        _worstValue = new double[n];
        _worse = new int[n];
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

    /// <summary>Day number of a date (days since 1 January 1 in the ISO calendar), for age arithmetic.</summary>
    public static int DayNumber(LocalDate date) => Period.DaysBetween(LocalDate.MinIsoValue, date);

    private void Reset()
    {
        Array.Fill(_ownObservation, -1);
        Array.Clear(_ownCarried);
        Array.Clear(_sumA);
        Array.Clear(_sumB);
        Array.Clear(_aggregated);
        Array.Clear(_withValue);
        Array.Clear(_inputs);
        Array.Clear(_proxies);
        Array.Fill(_oldest, int.MaxValue);
        Array.Fill(_min, double.PositiveInfinity);
        Array.Fill(_max, double.NegativeInfinity);
        Array.Fill(_worst, -1);
        Array.Clear(_worse);
    }

    private void RollOneDate(IndicatorObservations o, AggregationKind kind, WeightBasis? weightBasis, Polarity polarity, double threshold, int[] days, int period, Span<AreaCell> cells)
    {
        var parents = _areas.Parents;
        var sign = polarity switch { Polarity.HigherIsBetter => 1.0, Polarity.LowerIsBetter => -1.0, _ => 0.0 };
        var hasThreshold = sign != 0 && !double.IsNaN(threshold);
        var aggregable = kind != AggregationKind.NotAggregable;
        foreach (var slot in _areas.BottomUp)
        {
            double value;
            double a = 0, b = 0;
            bool contributes;
            int inputs, proxies, oldest;
            AreaValueOrigin origin;
            var own = _ownObservation[slot];
            if (own >= 0)
            {
                value = o.Values[own];
                contributes = aggregable && Contribution(o, own, slot, kind, weightBasis, out a, out b);
                inputs = 1;
                var proxy = _ownCarried[slot] || (o.Proxies is { } flags && flags[own]);
                proxies = proxy ? 1 : 0;
                oldest = days[_ownCarried[slot] ? _lastPeriod[slot] : period];
                origin = _ownCarried[slot] ? AreaValueOrigin.CarriedForward : AreaValueOrigin.Measured;
            }
            else if (_aggregated[slot] > 0)
            {
                a = _sumA[slot];
                b = _sumB[slot];
                value = kind switch
                {
                    AggregationKind.Count => a,
                    AggregationKind.Ratio => o.RatioScale * a / b,
                    _ => a / b,
                };
                contributes = true;
                inputs = _inputs[slot];
                proxies = _proxies[slot];
                oldest = _oldest[slot];
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

            var index = _parentIndex[slot];
            if (index >= 0)
            {
                var hasChildValue = _withValue[slot] > 0;
                cells[index] = new AreaCell
                {
                    Value = value,
                    Origin = origin,
                    Min = hasChildValue ? _min[slot] : double.NaN,
                    Max = hasChildValue ? _max[slot] : double.NaN,
                    WorstChild = _worst[slot],
                    WorstValue = _worst[slot] >= 0 ? _worstValue[slot] : double.NaN,
                    ChildrenWithValue = _withValue[slot],
                    ChildrenAggregated = _aggregated[slot],
                    Inputs = _inputs[slot],
                    Proxies = _proxies[slot],
                    WorseThanThreshold = _worse[slot],
                    OldestInputDay = _oldest[slot],
                };
            }

            var parent = parents[slot];
            if (parent < 0 || origin == AreaValueOrigin.None)
            {
                continue;
            }

            _withValue[parent]++;
            _min[parent] = Math.Min(_min[parent], value);
            _max[parent] = Math.Max(_max[parent], value);
            if (sign != 0 && (_worst[parent] < 0 || sign * value < sign * _worstValue[parent]))
            {
                _worst[parent] = slot;
                _worstValue[parent] = value;
            }

            if (hasThreshold && sign * value < sign * threshold)
            {
                _worse[parent]++;
            }

            if (contributes)
            {
                _sumA[parent] += a;
                _sumB[parent] += b;
                _aggregated[parent]++;
                _inputs[parent] += inputs;
                _proxies[parent] += proxies;
                _oldest[parent] = Math.Min(_oldest[parent], oldest);
            }
        }
    }

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
}
