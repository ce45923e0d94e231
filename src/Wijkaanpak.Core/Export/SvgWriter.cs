using System.Globalization;
using System.Text;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Writes one inline SVG picture with presentation attributes only (no external styles, fonts or
/// references), numbers rounded to two decimals in the invariant culture, and every text escaped,
/// so the same drawing always gives the same bytes and the picture works offline.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _builder = new();

    /// <summary>
    /// Starts a picture of <paramref name="width"/> × <paramref name="height"/> pixels described by
    /// <paramref name="title"/>; <paramref name="picture"/> names the kind of picture
    /// (<c>data-picture</c>, e.g. <c>theory-of-change</c>) for style sheets and tests.
    /// </summary>
    public SvgWriter(double width, double height, string title, string? picture = null)
    {
        _builder.Append("<svg viewBox=\"0 0 ").Append(Number(width)).Append(' ').Append(Number(height))
            .Append("\" width=\"").Append(Number(width)).Append("\" height=\"").Append(Number(height)).Append('"');
        if (picture is not null)
        {
            _builder.Append(" data-picture=\"").Append(picture).Append('"');
        }

        _builder.Append(" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">");
        _builder.Append("<title>");
        XmlText.Append(_builder, title);
        _builder.Append("</title>");
    }

    /// <summary>The number as written in SVG: at most two decimals, invariant culture, no negative zero.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 || !double.IsFinite(rounded) ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Opens a group with a class and optional data attributes and a tooltip.</summary>
    public void OpenGroup(string cssClass, string? dataId = null, string? tooltip = null)
    {
        _builder.Append("<g class=\"").Append(cssClass).Append('"');
        if (dataId is not null)
        {
            _builder.Append(" data-id=\"");
            XmlText.Append(_builder, dataId);
            _builder.Append('"');
        }

        _builder.Append('>');
        if (tooltip is not null)
        {
            _builder.Append("<title>");
            XmlText.Append(_builder, tooltip);
            _builder.Append("</title>");
        }
    }

    /// <summary>Closes the innermost open group.</summary>
    public void CloseGroup() => _builder.Append("</g>");

    /// <summary>Defines an arrow head marker with the given id and colour.</summary>
    public void ArrowMarker(string id, string colour)
    {
        _builder.Append("<defs><marker id=\"").Append(id)
            .Append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"")
            .Append(colour).Append("\"/></marker></defs>");
    }

    /// <summary>A rectangle.</summary>
    public void Rect(double x, double y, double width, double height, string fill, string stroke, double cornerRadius = 0, string? dash = null)
    {
        _builder.Append("<rect x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y))
            .Append("\" width=\"").Append(Number(Math.Max(0, width))).Append("\" height=\"").Append(Number(Math.Max(0, height)))
            .Append("\" rx=\"").Append(Number(cornerRadius)).Append("\" fill=\"").Append(fill)
            .Append("\" stroke=\"").Append(stroke).Append('"');
        Dash(dash);
        _builder.Append("/>");
    }

    /// <summary>A circle.</summary>
    public void Circle(double cx, double cy, double radius, string fill, string stroke, double strokeWidth = 1)
    {
        _builder.Append("<circle cx=\"").Append(Number(cx)).Append("\" cy=\"").Append(Number(cy))
            .Append("\" r=\"").Append(Number(radius)).Append("\" fill=\"").Append(fill)
            .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(Number(strokeWidth)).Append("\"/>");
    }

    /// <summary>A straight line.</summary>
    public void Line(double x1, double y1, double x2, double y2, string stroke, double strokeWidth = 1, string? dash = null, string? markerEnd = null)
    {
        _builder.Append("<line x1=\"").Append(Number(x1)).Append("\" y1=\"").Append(Number(y1))
            .Append("\" x2=\"").Append(Number(x2)).Append("\" y2=\"").Append(Number(y2))
            .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(Number(strokeWidth)).Append('"');
        Dash(dash);
        Marker(markerEnd);
        _builder.Append("/>");
    }

    /// <summary>An open polyline through <paramref name="points"/>.</summary>
    public void Polyline(IReadOnlyList<LayoutPoint> points, string stroke, double strokeWidth = 1, string? dash = null, string? markerEnd = null)
    {
        _builder.Append("<polyline fill=\"none\" points=\"");
        for (var i = 0; i < points.Count; i++)
        {
            _builder.Append(i == 0 ? string.Empty : " ").Append(Number(points[i].X)).Append(',').Append(Number(points[i].Y));
        }

        _builder.Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(Number(strokeWidth)).Append('"');
        Dash(dash);
        Marker(markerEnd);
        _builder.Append("/>");
    }

    /// <summary>A line of text; <paramref name="anchor"/> is start, middle or end.</summary>
    public void Text(double x, double y, string? text, string anchor = "start", string fill = "#222", bool bold = false, double? size = null)
    {
        _builder.Append("<text x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y))
            .Append("\" text-anchor=\"").Append(anchor).Append("\" fill=\"").Append(fill).Append('"');
        if (bold)
        {
            _builder.Append(" font-weight=\"bold\"");
        }

        if (size is { } s)
        {
            _builder.Append(" font-size=\"").Append(Number(s)).Append('"');
        }

        _builder.Append('>');
        XmlText.Append(_builder, text);
        _builder.Append("</text>");
    }

    /// <summary>Closes the picture and returns its markup.</summary>
    public string Finish() => _builder.Append("</svg>").ToString();

    private void Dash(string? dash)
    {
        if (dash is not null)
        {
            _builder.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }
    }

    private void Marker(string? markerEnd)
    {
        if (markerEnd is not null)
        {
            _builder.Append(" marker-end=\"url(#").Append(markerEnd).Append(")\"");
        }
    }
}
