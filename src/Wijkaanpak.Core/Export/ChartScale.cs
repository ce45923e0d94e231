namespace Wijkaanpak.Core.Export;

/// <summary>A linear axis from data values to pixels, with round tick values (1, 2 or 5 times a power of ten).</summary>
internal sealed class ChartScale
{
    private readonly double _pixelLow;
    private readonly double _pixelHigh;

    /// <summary>Covers <paramref name="low"/> to <paramref name="high"/> with about <paramref name="tickCount"/> round ticks, mapped to the pixel range.</summary>
    public ChartScale(double low, double high, double pixelLow, double pixelHigh, int tickCount = 5)
    {
        if (!(high > low))
        {
            var pad = low == 0 ? 1 : Math.Abs(low) * 0.1;
            (low, high) = (low - pad, high + pad);
        }

        Step = NiceStep((high - low) / Math.Max(1, tickCount));
        Low = Math.Floor(low / Step) * Step;
        High = Math.Ceiling(high / Step) * Step;
        _pixelLow = pixelLow;
        _pixelHigh = pixelHigh;
    }

    /// <summary>The lowest value on the axis.</summary>
    public double Low { get; }

    /// <summary>The highest value on the axis.</summary>
    public double High { get; }

    /// <summary>The distance between two ticks.</summary>
    public double Step { get; }

    /// <summary>The tick values from low to high.</summary>
    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((High - Low) / Step);
        for (var i = 0; i <= count; i++)
        {
            yield return Low + (i * Step);
        }
    }

    /// <summary>The pixel position of <paramref name="value"/>.</summary>
    public double Map(double value) => _pixelLow + ((value - Low) / (High - Low) * (_pixelHigh - _pixelLow));

    private static double NiceStep(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
