using System.Text;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Renders a report as one self-contained HTML page: the style sheet is inline, the pictures are
/// inline SVG, and no script, font or other file is referenced, so the page opens offline in any
/// browser. The markup is also well-formed XML (XHTML-compatible), which keeps it easy to check.
/// </summary>
internal static class HtmlReportRenderer
{
    private const string Style =
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;max-width:1100px;margin:0 auto;padding:24px;line-height:1.45}" +
        "h1{color:#1f4e79;margin-bottom:4px}h2{color:#1f4e79;border-bottom:2px solid #bdd7ee;padding-bottom:4px;margin-top:40px}h3{color:#2e75b6}" +
        ".subtitle{color:#555;margin-top:0}nav ul{padding-left:20px}" +
        "table{border-collapse:collapse;margin:12px 0;font-size:14px;display:block;max-width:100%;overflow-x:auto}th,td{border:1px solid #d9d9d9;padding:4px 8px;vertical-align:top;text-align:left}" +
        "th{background:#f2f6fb}td.num{text-align:right;white-space:nowrap}td svg{vertical-align:middle;margin-left:6px}" +
        "figure{margin:16px 0}figure .picture{border:1px solid #e6e6e6;padding:8px;background:#fff}figure svg{display:block;max-width:100%;height:auto;margin:0 auto}" +
        "figcaption{color:#555;font-size:13px;margin-top:4px}" +
        "footer{margin-top:48px;color:#777;font-size:12px}" +
        "@page{size:A4;margin:15mm}" +
        "@media print{body{max-width:none;padding:0;font-size:11pt}nav{display:none}main>section{break-before:page}" +
        "figure{break-inside:avoid}figure .picture{border:none;padding:0}table{font-size:9pt}tr{break-inside:avoid}h2,h3{break-after:avoid}}";

    /// <summary>The page for <paramref name="document"/>.</summary>
    public static string Render(ReportDocument document, ReportText text)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(document.LanguageCode).Append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>");
        XmlText.Append(html, document.Title);
        html.Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<header>\n<h1>");
        XmlText.Append(html, document.Title);
        html.Append("</h1>\n");
        if (document.Subtitle is { } subtitle)
        {
            html.Append("<p class=\"subtitle\">");
            XmlText.Append(html, subtitle);
            html.Append("</p>\n");
        }

        html.Append("<nav><ul>\n");
        foreach (var heading in document.Blocks.OfType<HeadingBlock>().Where(h => h.Level == 2))
        {
            html.Append("<li><a href=\"#").Append(XmlText.Escape(heading.Anchor)).Append("\">");
            XmlText.Append(html, heading.Text);
            html.Append("</a></li>\n");
        }

        html.Append("</ul></nav>\n</header>\n<main>\n");
        var open = false;
        foreach (var block in document.Blocks)
        {
            if (block is HeadingBlock { Level: 2 } section)
            {
                html.Append(open ? "</section>\n" : string.Empty).Append("<section aria-labelledby=\"").Append(XmlText.Escape(section.Anchor)).Append("\">\n");
                open = true;
            }

            Block(html, block);
        }

        html.Append(open ? "</section>\n" : string.Empty).Append("</main>\n<footer>");
        XmlText.Append(html, text.Pick("Gemaakt met Wijkaanpak.Core.", "Made with Wijkaanpak.Core."));
        html.Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Block(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                html.Append("<h").Append(heading.Level).Append(" id=\"").Append(XmlText.Escape(heading.Anchor)).Append("\">");
                XmlText.Append(html, heading.Text);
                html.Append("</h").Append(heading.Level).Append(">\n");
                break;
            case ParagraphBlock paragraph:
                html.Append("<p>");
                XmlText.Append(html, paragraph.Text);
                html.Append("</p>\n");
                break;
            case ListBlock list:
                html.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>");
                    XmlText.Append(html, item);
                    html.Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case TableBlock table:
                Table(html, table);
                break;
            case FigureBlock figure:
                html.Append("<figure><div class=\"picture\">").Append(figure.Svg).Append("</div><figcaption>");
                XmlText.Append(html, figure.Caption);
                html.Append("</figcaption></figure>\n");
                break;
            default:
                throw new InvalidOperationException($"No HTML for report block {block.GetType().Name}.");
        }
    }

    private static void Table(StringBuilder html, TableBlock table)
    {
        html.Append("<table>\n<thead><tr>");
        foreach (var header in table.Header)
        {
            html.Append("<th>");
            XmlText.Append(html, header);
            html.Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                html.Append(table.NumericColumns.Contains(c) ? "<td class=\"num\">" : "<td>");
                XmlText.Append(html, row[c].Text);
                html.Append(row[c].Svg).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
