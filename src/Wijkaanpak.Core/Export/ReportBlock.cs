namespace Wijkaanpak.Core.Export;

/// <summary>
/// A block of a report, independent of the output format: the composer builds a list of blocks
/// once and the HTML and Markdown renderers each write them in their own way.
/// </summary>
internal abstract record ReportBlock;

/// <summary>A section heading; <paramref name="Anchor"/> is its fragment id for the table of contents.</summary>
internal sealed record HeadingBlock(int Level, string Text, string Anchor) : ReportBlock;

/// <summary>A paragraph of plain text.</summary>
internal sealed record ParagraphBlock(string Text) : ReportBlock;

/// <summary>A bulleted list of plain-text items.</summary>
internal sealed record ListBlock(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>A table; <paramref name="NumericColumns"/> lists the columns aligned to the right.</summary>
internal sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<ReportCell>> Rows, IReadOnlySet<int> NumericColumns) : ReportBlock;

/// <summary>
/// A picture: inline SVG with a caption. Markdown cannot show inline SVG everywhere, so it shows
/// <paramref name="Mermaid"/> as a diagram block when there is one; the data behind every other
/// picture is in a table next to it.
/// </summary>
internal sealed record FigureBlock(string Svg, string Caption, string? Mermaid) : ReportBlock;

/// <summary>A table cell: text, and optionally a small inline picture after it (HTML only).</summary>
internal sealed record ReportCell(string Text, string? Svg = null)
{
    /// <summary>A text-only cell.</summary>
    public static implicit operator ReportCell(string text) => new(text);
}
