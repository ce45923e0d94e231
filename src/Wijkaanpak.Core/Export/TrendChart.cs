using NodaTime;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Draws an indicator's trend: one line per area over time, the baseline (*nulmeting*) as a dashed
/// line and the targets (*streefwaarden*) as red diamonds, with round ticks and a legend.
/// </summary>
internal static class TrendChart
{
    /// <summary>Colours of the lines, in legend order; they stay distinguishable for most colour-blind readers.</summary>
    internal static readonly string[] Palette = ["#1f77b4", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666"];

    private const double Width = 640;
    private const double Height = 240;
    private const double Left = 64;
    private const double Right = 480;
    private const double Top = 16;
    private const double Bottom = 204;

    /// <summary>The chart as inline SVG; at most <see cref="Palette"/>'s length of lines are drawn.</summary>
    public static string Draw(string title, IReadOnlyList<TrendSeries> series, double? baseline, IReadOnlyList<(LocalDate Date, double Value)> targets, ReportText text)
    {
        var shown = series.Take(Palette.Length).ToList();
        var dates = shown.SelectMany(s => s.Points.Select(p => p.Date)).Concat(targets.Select(t => t.Date)).ToList();
        var values = shown.SelectMany(s => s.Points.Select(p => p.Value)).Concat(targets.Select(t => t.Value)).ToList();
        if (baseline is { } b)
        {
            values.Add(b);
        }

        var firstDay = dates.Count == 0 ? 0 : dates.Min(Day);
        var lastDay = dates.Count == 0 ? 1 : dates.Max(Day);
        if (lastDay == firstDay)
        {
            (firstDay, lastDay) = (firstDay - 180, lastDay + 180);
        }

        var xScale = (double day) => Left + ((day - firstDay) / (double)(lastDay - firstDay) * (Right - Left));
        var y = new ChartScale(values.Count == 0 ? 0 : values.Min(), values.Count == 0 ? 1 : values.Max(), Bottom, Top);
        var svg = new SvgWriter(Width, Height, title);
        foreach (var tick in y.Ticks())
        {
            svg.Line(Left, y.Map(tick), Right, y.Map(tick), "#e6e6e6");
            svg.Text(Left - 6, y.Map(tick) + 4, text.Number(tick), "end", "#555");
        }

        svg.Line(Left, Bottom, Right, Bottom, "#999");
        if (dates.Count > 0)
        {
            svg.Text(Left, Bottom + 18, ReportText.ShortDate(dates.MinBy(Day)), "start", "#555");
            svg.Text(Right, Bottom + 18, ReportText.ShortDate(dates.MaxBy(Day)), "end", "#555");
        }

        if (baseline is { } value)
        {
            svg.Line(Left, y.Map(value), Right, y.Map(value), "#888", 1.2, "6 4");
            svg.Text(Right - 4, y.Map(value) - 4, text.Pick("nulmeting", "baseline"), "end", "#666", size: 10);
        }

        for (var i = 0; i < shown.Count; i++)
        {
            var points = shown[i].Points.Select(p => new LayoutPoint(xScale(Day(p.Date)), y.Map(p.Value))).ToList();
            svg.Polyline(points, Palette[i], 2);
            foreach (var point in points)
            {
                svg.Circle(point.X, point.Y, 2.5, Palette[i], Palette[i]);
            }

            svg.Line(Right + 16, Top + 6 + (i * 18), Right + 34, Top + 6 + (i * 18), Palette[i], 3);
            svg.Text(Right + 40, Top + 10 + (i * 18), TextWrap.Shorten(shown[i].Name, 18));
        }

        foreach (var (date, target) in targets)
        {
            var (tx, ty) = (xScale(Day(date)), y.Map(target));
            svg.Polyline([new(tx, ty - 6), new(tx + 6, ty), new(tx, ty + 6), new(tx - 6, ty), new(tx, ty - 6)], "#c62828", 2);
        }

        if (targets.Count > 0)
        {
            var legendY = Top + 10 + (shown.Count * 18);
            svg.Polyline([new(Right + 25, legendY - 10), new(Right + 31, legendY - 4), new(Right + 25, legendY + 2), new(Right + 19, legendY - 4), new(Right + 25, legendY - 10)], "#c62828", 2);
            svg.Text(Right + 40, legendY, text.Pick("streefwaarde", "target"));
        }

        return svg.Finish();
    }

    private static int Day(LocalDate date) => date.ToDateOnly().DayNumber;
}
