using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// The report (*rapportage*) on an integrale wijkaanpak for a wethouder, a council or a programme
/// manager: summary, the theory of change as a picture, indicators with their status and trend,
/// the areas side by side, the alliance and its network as a picture, the diagnostics and the
/// checklist scores. Dutch by default, English on request. The HTML page is self-contained (inline
/// style and SVG pictures, no external references) so it opens offline; the Markdown version
/// shows the theory of change and the network as Mermaid diagrams. Output is deterministic: the
/// same model and options give the same bytes.
/// </summary>
public static class Report
{
    /// <summary>The report as one self-contained HTML page.</summary>
    /// <param name="model">The model to report on.</param>
    /// <param name="options">Language, title and the computed inputs; defaults when null.</param>
    public static string ToHtml(WijkaanpakModel model, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new ReportOptions();
        return HtmlReportRenderer.Render(ReportComposer.Compose(model, options), ReportText.For(options.Language));
    }

    /// <summary>The report as Markdown.</summary>
    /// <param name="model">The model to report on.</param>
    /// <param name="options">Language, title and the computed inputs; defaults when null.</param>
    public static string ToMarkdown(WijkaanpakModel model, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new ReportOptions();
        return MarkdownReportRenderer.Render(ReportComposer.Compose(model, options), ReportText.For(options.Language));
    }

    /// <summary>Writes the HTML report to <paramref name="path"/>: completely, or not at all (temporary file, then move).</summary>
    /// <param name="model">The model to report on.</param>
    /// <param name="path">The file to write; replaced if it exists.</param>
    /// <param name="options">Language, title and the computed inputs; defaults when null.</param>
    /// <exception cref="IOException">The file could not be written; an existing file is left as it was.</exception>
    public static void WriteHtml(WijkaanpakModel model, string path, ReportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ExportFile.WriteText(path, ToHtml(model, options));
    }

    /// <summary>Writes the Markdown report to <paramref name="path"/>: completely, or not at all (temporary file, then move).</summary>
    /// <param name="model">The model to report on.</param>
    /// <param name="path">The file to write; replaced if it exists.</param>
    /// <param name="options">Language, title and the computed inputs; defaults when null.</param>
    /// <exception cref="IOException">The file could not be written; an existing file is left as it was.</exception>
    public static void WriteMarkdown(WijkaanpakModel model, string path, ReportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ExportFile.WriteText(path, ToMarkdown(model, options));
    }
}
