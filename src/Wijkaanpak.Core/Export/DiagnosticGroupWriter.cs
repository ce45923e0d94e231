using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Writes validation findings grouped by rule (<see cref="DiagnosticGroup"/>) as text or Markdown:
/// per rule its severity, code, title and count, then each finding with its place in the model file
/// and its message. A run with 85 findings of four rules reads as four headed lists. Used by
/// <c>wijkaanpak validate</c>; JSON and SARIF keep one result per finding
/// (<see cref="DiagnosticJsonWriter"/>, <see cref="SarifWriter"/>), as does the compiler-style
/// <see cref="DiagnosticTextWriter"/> for build logs.
/// </summary>
public static class DiagnosticGroupWriter
{
    private static readonly LocalizedText FindingCount = new("{0:bevinding|bevindingen}", "{0:finding|findings}");

    private static readonly LocalizedText Summary = new(
        "{0}: {1:fout|fouten}, {2:waarschuwing|waarschuwingen}, {3:melding|meldingen}",
        "{0}: {1:error|errors}, {2:warning|warnings}, {3:info|infos}");

    private static readonly LocalizedText Skipped = new("overgeslagen zonder peildatum: {0}", "skipped without reference date: {0}");

    private static readonly LocalizedText NoFindings = new("Geen bevindingen.", "No findings.");

    /// <summary>
    /// Writes the findings of <paramref name="result"/> as text: a line
    /// <c>warning WA0031 Contribution without rationale: 85 findings</c> per rule, the findings
    /// below it as indented <c>file(line,column): message [subjects]</c> lines, and a summary line.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The findings (already filtered, if wanted, with <see cref="DiagnosticFilter.Apply"/>), written in their language (<see cref="ValidationResult.Language"/>).</param>
    /// <param name="file">The model file as the user named it.</param>
    /// <param name="positions">Where each finding's JSON path is in the file (<see cref="ModelJson.Locate"/>), or null.</param>
    public static void WriteText(TextWriter writer, ValidationResult result, string file, IReadOnlyDictionary<string, SourcePosition>? positions = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(file);
        var language = result.Language;
        foreach (var group in DiagnosticGroup.Of(result.Diagnostics))
        {
            writer.Write($"{SeverityName(group.Severity, language)} {group.Code} {group.Descriptor.Title.In(language)}: {FindingCount.Format(language, group.Count)}\n");
            foreach (var diagnostic in group.Diagnostics)
            {
                writer.Write($"  {Place(file, diagnostic, positions)}: {Line(diagnostic)}\n");
            }
        }

        writer.Write(SummaryLine(result, file, language));
        writer.Write('\n');
    }

    /// <summary>
    /// Writes the findings of <paramref name="result"/> as Markdown: a heading per rule with its
    /// severity, code, title and count, the rule's help, and a list of its findings with their place in
    /// the file; then the summary line.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The findings (already filtered, if wanted), written in their language.</param>
    /// <param name="file">The model file as the user named it.</param>
    /// <param name="positions">Where each finding's JSON path is in the file, or null.</param>
    public static void WriteMarkdown(TextWriter writer, ValidationResult result, string file, IReadOnlyDictionary<string, SourcePosition>? positions = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(file);
        var language = result.Language;
        var groups = DiagnosticGroup.Of(result.Diagnostics);
        writer.Write($"# {Escape(file)}\n\n");
        if (groups.IsEmpty)
        {
            writer.Write($"{NoFindings.In(language)}\n\n");
        }

        foreach (var group in groups)
        {
            writer.Write($"## {SeverityName(group.Severity, language)} {group.Code}: {Escape(group.Descriptor.Title.In(language))} ({FindingCount.Format(language, group.Count)})\n\n");
            writer.Write($"{Escape(group.Descriptor.HelpText.In(language))}\n\n");
            foreach (var diagnostic in group.Diagnostics)
            {
                writer.Write($"- `{Place(file, diagnostic, positions).Replace("`", "'", StringComparison.Ordinal)}` {Escape(Line(diagnostic))}\n");
            }

            writer.Write('\n');
        }

        writer.Write(Escape(SummaryLine(result, file, language)));
        writer.Write('\n');
    }

    /// <summary>The word for a severity in <paramref name="language"/>: fout, waarschuwing, melding; error, warning, info.</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="language">The language.</param>
    public static string SeverityName(DiagnosticSeverity severity, Language language) => (severity switch
    {
        DiagnosticSeverity.Error => new LocalizedText("fout", "error"),
        DiagnosticSeverity.Warning => new LocalizedText("waarschuwing", "warning"),
        _ => new LocalizedText("melding", "info"),
    }).In(language);

    private static string Place(string file, Diagnostic diagnostic, IReadOnlyDictionary<string, SourcePosition>? positions) =>
        diagnostic.Location is { } path && positions?.TryGetValue(path, out var at) == true ? $"{file}({at.Line},{at.Column})" : file;

    private static string Line(Diagnostic diagnostic) =>
        diagnostic.Subjects.IsEmpty ? diagnostic.Message : $"{diagnostic.Message} [{string.Join(", ", diagnostic.Subjects)}]";

    private static string SummaryLine(ValidationResult result, string file, Language language)
    {
        var line = Summary.Format(language, file, result.ErrorCount, result.WarningCount, result.InfoCount);
        return result.SkippedRules.IsEmpty ? line : $"{line}; {Skipped.Format(language, string.Join(", ", result.SkippedRules))}";
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
