using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// The measurements of one indicator in columns: sorted by reference date, then area slot, with the
/// observations of date p at <c>[PeriodStart[p], PeriodStart[p + 1])</c>. This is the form in which
/// a data platform hands pre-aggregated areas × periods to the library (ARCHITECTURE §6).
/// </summary>
internal sealed class IndicatorObservations
{
    /// <summary>The distinct reference dates, ascending.</summary>
    public required LocalDate[] Periods { get; init; }

    /// <summary>CSR offsets into the observation columns, one more than <see cref="Periods"/>.</summary>
    public required int[] PeriodStart { get; init; }

    /// <summary>Area slot of each observation.</summary>
    public required int[] Areas { get; init; }

    /// <summary>The value of each observation, in the indicator's unit.</summary>
    public required double[] Values { get; init; }

    /// <summary>Ratio numerators (NaN where absent); null when no observation has one.</summary>
    public double[]? Numerators { get; init; }

    /// <summary>Ratio denominators (NaN where absent); null when no observation has one.</summary>
    public double[]? Denominators { get; init; }

    /// <summary>Respondents per observation (NaN where absent); null when no observation has them.</summary>
    public double[]? SampleSizes { get; init; }

    /// <summary>True where the observation is marked as a proxy; null when none is.</summary>
    public bool[]? Proxies { get; init; }

    /// <summary>The factor between Σ numerator / Σ denominator and the value: 1 for a fraction, 100 for a percentage, 1000 for per mille.</summary>
    public double RatioScale { get; init; } = 1;

    /// <summary>Number of measurements dropped because another measurement had the same area and date.</summary>
    public int Duplicates { get; init; }

    /// <summary>Number of observations.</summary>
    public int Count => Areas.Length;

    /// <summary>Groups measurements by indicator into columns, in a fixed order independent of input order.</summary>
    /// <param name="measurements">The measurements; those of unknown indicators or areas are skipped.</param>
    /// <param name="indicators">Indicator slot by id.</param>
    /// <param name="areas">The area index.</param>
    /// <returns>One column set per indicator slot (empty columns for indicators without measurements).</returns>
    public static IndicatorObservations[] FromMeasurements(IEnumerable<Measurement> measurements, IReadOnlyDictionary<IndicatorId, int> indicators, AreaIndex areas)
    {
        var perIndicator = new List<(int Area, Measurement M)>[indicators.Count];
        for (var i = 0; i < perIndicator.Length; i++)
        {
            perIndicator[i] = [];
        }

        foreach (var m in measurements)
        {
            if (m.IndicatorId.Value is not null && indicators.TryGetValue(m.IndicatorId, out var slot) && areas.SlotOf(m.AreaId) is var area and >= 0)
            {
                perIndicator[slot].Add((area, m));
            }
        }

        return [.. perIndicator.Select(Columns)];
    }

    private static IndicatorObservations Columns(List<(int Area, Measurement M)> items)
    {
        items.Sort(static (x, y) =>
        {
            var c = x.M.Date.CompareTo(y.M.Date);
            c = c != 0 ? c : x.Area.CompareTo(y.Area);
            c = c != 0 ? c : x.M.Value.CompareTo(y.M.Value);
            c = c != 0 ? c : Nullable.Compare(x.M.Numerator, y.M.Numerator);
            return c != 0 ? c : Nullable.Compare(x.M.Denominator, y.M.Denominator);
        });
        var kept = new List<(int Area, Measurement M)>(items.Count);
        foreach (var item in items)
        {
            if (kept.Count == 0 || kept[^1].Area != item.Area || kept[^1].M.Date != item.M.Date)
            {
                kept.Add(item);
            }
        }

        var periods = kept.Select(k => k.M.Date).Distinct().ToArray();
        var start = new int[periods.Length + 1];
        var p = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            while (kept[i].M.Date != periods[p])
            {
                start[++p] = i;
            }
        }

        for (var q = p + 1; q <= periods.Length; q++)
        {
            start[q] = kept.Count;
        }

        var hasRatio = kept.Any(k => k.M.Numerator is not null || k.M.Denominator is not null);
        var hasSample = kept.Any(k => k.M.SampleSize is not null);
        var hasProxy = kept.Any(k => k.M.Qualifier == MeasurementQualifier.Proxy);
        return new IndicatorObservations
        {
            Periods = periods,
            PeriodStart = start,
            Areas = [.. kept.Select(k => k.Area)],
            Values = [.. kept.Select(k => k.M.Value)],
            Numerators = hasRatio ? [.. kept.Select(k => k.M.Numerator ?? double.NaN)] : null,
            Denominators = hasRatio ? [.. kept.Select(k => k.M.Denominator ?? double.NaN)] : null,
            SampleSizes = hasSample ? [.. kept.Select(k => k.M.SampleSize is { } n ? n : double.NaN)] : null,
            Proxies = hasProxy ? [.. kept.Select(k => k.M.Qualifier == MeasurementQualifier.Proxy)] : null,
            RatioScale = InferRatioScale(kept),
            Duplicates = items.Count - kept.Count,
        };
    }

    /// <summary>
    /// Whether the values are fractions, percentages or per mille of numerator / denominator: the
    /// candidate scale that best reproduces the stated values.
    /// </summary>
    private static double InferRatioScale(List<(int Area, Measurement M)> items)
    {
        ReadOnlySpan<double> candidates = [1, 100, 1000, 10000];
        var best = 1.0;
        var bestError = double.PositiveInfinity;
        foreach (var scale in candidates)
        {
            var error = 0.0;
            var used = 0;
            foreach (var (_, m) in items)
            {
                if (m.Numerator is { } n && m.Denominator is { } d && d > 0)
                {
                    error += Math.Abs(m.Value - (scale * n / d));
                    used++;
                }
            }

            if (used > 0 && error < bestError)
            {
                bestError = error;
                best = scale;
            }
        }

        return best;
    }
}
