using System.Text;
using Wijkaanpak.Core.Tables;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Renders a report as Markdown: headings, paragraphs, lists and pipe tables with user text
/// escaped; the theory of change and the network as Mermaid blocks, the other pictures by their
/// caption, their figures being in the tables next to them.
/// </summary>
internal static class MarkdownReportRenderer
{
    /// <summary>The Markdown text for <paramref name="document"/>.</summary>
    public static string Render(ReportDocument document, ReportText text)
    {
        var markdown = new StringBuilder();
        markdown.Append("# ").Append(Escape(document.Title)).Append("\n\n");
        if (document.Subtitle is { } subtitle)
        {
            markdown.Append('_').Append(Escape(subtitle)).Append("_\n\n");
        }

        foreach (var heading in document.Blocks.OfType<HeadingBlock>().Where(h => h.Level == 2))
        {
            markdown.Append("- [").Append(Escape(heading.Text)).Append("](#").Append(heading.Anchor).Append(")\n");
        }

        markdown.Append('\n');
        foreach (var block in document.Blocks)
        {
            Block(markdown, block, text);
        }

        markdown.Append("---\n\n").Append(Escape(text.Pick("Gemaakt met Wijkaanpak.Core.", "Made with Wijkaanpak.Core."))).Append('\n');
        return markdown.ToString();
    }

    private static void Block(StringBuilder markdown, ReportBlock block, ReportText text)
    {
        switch (block)
        {
            case HeadingBlock heading:
                markdown.Append('<').Append("a id=\"").Append(XmlText.Escape(heading.Anchor)).Append("\"></a>\n\n");
                markdown.Append(new string('#', heading.Level)).Append(' ').Append(Escape(heading.Text)).Append("\n\n");
                break;
            case ParagraphBlock paragraph:
                markdown.Append(Escape(paragraph.Text)).Append("\n\n");
                break;
            case ListBlock list:
                foreach (var item in list.Items)
                {
                    markdown.Append("- ").Append(Escape(item)).Append('\n');
                }

                markdown.Append('\n');
                break;
            case TableBlock table:
                Table(markdown, table);
                break;
            case FigureBlock figure:
                if (figure.Mermaid is { } mermaid)
                {
                    markdown.Append("```mermaid\n").Append(mermaid).Append("```\n\n");
                }

                markdown.Append('_').Append(Escape(figure.Caption)).Append(figure.Mermaid is null ? Escape(text.Pick(" (grafiek in het HTML-rapport)", " (chart in the HTML report)")) : string.Empty).Append("_\n\n");
                break;
            default:
                throw new InvalidOperationException($"No Markdown for report block {block.GetType().Name}.");
        }
    }

    private static void Table(StringBuilder markdown, TableBlock table)
    {
        markdown.Append('|');
        foreach (var header in table.Header)
        {
            markdown.Append(' ').Append(Escape(header)).Append(" |");
        }

        markdown.Append("\n|");
        for (var c = 0; c < table.Header.Count; c++)
        {
            markdown.Append(table.NumericColumns.Contains(c) ? " ---: |" : " --- |");
        }

        markdown.Append('\n');
        foreach (var row in table.Rows)
        {
            markdown.Append('|');
            foreach (var cell in row)
            {
                markdown.Append(' ').Append(Escape(cell.Text)).Append(" |");
            }

            markdown.Append('\n');
        }

        markdown.Append('\n');
    }

    /// <summary>User text made inert in Markdown (<see cref="MarkdownText.Escape"/>).</summary>
    internal static string Escape(string? text) => MarkdownText.Escape(text);
}
