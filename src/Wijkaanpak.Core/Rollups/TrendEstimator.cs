using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>Slopes and directions of short series; time in years of 365.25 days.</summary>
internal static class TrendEstimator
{
    private const double DaysPerYear = 365.25;

    public static TrendEstimate Estimate(IReadOnlyList<SeriesPoint> points, Polarity polarity, double tolerance)
    {
        var n = points.Count;
        if (n < 2)
        {
            return new TrendEstimate(n, null, null, TrendDirection.InsufficientData);
        }

        var x = new double[n];
        var y = new double[n];
        var day0 = AreaRollupEngine.DayNumber(points[0].Date);
        for (var i = 0; i < n; i++)
        {
            x[i] = (AreaRollupEngine.DayNumber(points[i].Date) - day0) / DaysPerYear;
            y[i] = points[i].Value;
        }

        var ls = LeastSquares(x, y);
        var ts = TheilSen(x, y);
        var direction = n < 3 ? TrendDirection.InsufficientData : Direction(ts * (x[^1] - x[0]), y, polarity, tolerance);
        return new TrendEstimate(n, ls, ts, direction);
    }

    /// <summary>Whether the last two changes of the series each fail to improve (stagnate or worsen); false with fewer than three points.</summary>
    public static bool StagnatesOrWorsensOverTwoPeriods(IReadOnlyList<SeriesPoint> points, Polarity polarity, double tolerance)
    {
        var n = points.Count;
        if (n < 3 || polarity == Polarity.Neutral)
        {
            return false;
        }

        var sign = polarity == Polarity.HigherIsBetter ? 1.0 : -1.0;
        var level = (Math.Abs(points[n - 3].Value) + Math.Abs(points[n - 2].Value) + Math.Abs(points[n - 1].Value)) / 3;
        var margin = tolerance * level;
        return sign * (points[n - 2].Value - points[n - 3].Value) <= margin && sign * (points[n - 1].Value - points[n - 2].Value) <= margin;
    }

    internal static double LeastSquares(double[] x, double[] y)
    {
        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }

        return sxx == 0 ? 0 : sxy / sxx;
    }

    internal static double TheilSen(double[] x, double[] y)
    {
        var slopes = new List<double>(x.Length * (x.Length - 1) / 2);
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = i + 1; j < x.Length; j++)
            {
                if (x[j] != x[i])
                {
                    slopes.Add((y[j] - y[i]) / (x[j] - x[i]));
                }
            }
        }

        if (slopes.Count == 0)
        {
            return 0;
        }

        slopes.Sort();
        var m = slopes.Count / 2;
        return slopes.Count % 2 == 1 ? slopes[m] : (slopes[m - 1] + slopes[m]) / 2;
    }

    private static TrendDirection Direction(double change, double[] y, Polarity polarity, double tolerance)
    {
        var level = y.Average(Math.Abs);
        if (Math.Abs(change) <= tolerance * level)
        {
            return TrendDirection.Stable;
        }

        return polarity switch
        {
            Polarity.HigherIsBetter => change > 0 ? TrendDirection.Improving : TrendDirection.Worsening,
            Polarity.LowerIsBetter => change < 0 ? TrendDirection.Improving : TrendDirection.Worsening,
            _ => change > 0 ? TrendDirection.Rising : TrendDirection.Falling,
        };
    }
}
