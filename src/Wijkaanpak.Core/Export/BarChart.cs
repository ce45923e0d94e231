namespace Wijkaanpak.Core.Export;

/// <summary>Draws horizontal bars of scores out of a maximum (checklist scores, commitments), one row per item.</summary>
internal static class BarChart
{
    private const double Width = 640;
    private const double LabelWidth = 230;
    private const double BarWidth = 300;
    private const double RowHeight = 24;

    /// <summary>The chart as inline SVG; bars are scaled to each item's own maximum and clamped to 0–100%.</summary>
    public static string Draw(string title, IReadOnlyList<(string Label, double Value, double Maximum, string ValueText)> items)
    {
        var svg = new SvgWriter(Width, 8 + (items.Count * RowHeight), title);
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value, maximum, valueText) = items[i];
            var top = 6 + (i * RowHeight);
            var share = maximum > 0 && double.IsFinite(value) ? Math.Clamp(value / maximum, 0, 1) : 0;
            svg.Text(LabelWidth - 8, top + 14, TextWrap.Shorten(label, 34), "end");
            svg.Rect(LabelWidth, top + 2, BarWidth, RowHeight - 8, "#f2f2f2", "#d9d9d9", 2);
            svg.Rect(LabelWidth, top + 2, BarWidth * share, RowHeight - 8, "#2e75b6", "#2e75b6", 2);
            svg.Text(LabelWidth + BarWidth + 8, top + 14, valueText);
        }

        return svg.Finish();
    }
}
