namespace Wijkaanpak.Core.Export;

/// <summary>Draws a word-sized line (*sparkline*) of a few values, for a table cell; the last value is marked.</summary>
internal static class Sparkline
{
    private const double Width = 90;
    private const double Height = 22;

    /// <summary>The sparkline as inline SVG, or null with fewer than two values.</summary>
    public static string? Draw(IReadOnlyList<double> values, string title)
    {
        if (values.Count < 2)
        {
            return null;
        }

        var low = values.Min();
        var high = values.Max();
        var range = high > low ? high - low : 1;
        var points = new List<LayoutPoint>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var x = 3 + (i * (Width - 6) / (values.Count - 1));
            var y = Height - 3 - ((values[i] - low) / range * (Height - 6));
            points.Add(new LayoutPoint(x, y));
        }

        var svg = new SvgWriter(Width, Height, title);
        svg.Polyline(points, "#1f77b4", 1.5);
        svg.Circle(points[^1].X, points[^1].Y, 2, "#1f77b4", "#1f77b4");
        return svg.Finish();
    }
}
