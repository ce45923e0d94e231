using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Writes validation findings as compiler-style lines, one per finding
/// (<c>model.json(41,7): warning WA0020: message [subject, …]</c>, the position left out when it is
/// not known), followed by a summary line. The format editors and build logs recognise.
/// </summary>
public static class DiagnosticTextWriter
{
    /// <summary>Writes every finding of <paramref name="result"/> and a summary to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The findings.</param>
    /// <param name="file">The model file as the user named it; it prefixes every line.</param>
    /// <param name="positions">Where each finding's JSON path is in the model file, from <see cref="ModelJson.Locate"/>; a finding whose path is in it gets <c>(line,column)</c> after the file name.</param>
    public static void Write(TextWriter writer, ValidationResult result, string file, IReadOnlyDictionary<string, SourcePosition>? positions = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(file);
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.Write(file);
            if (diagnostic.Location is { } path && positions?.TryGetValue(path, out var at) == true)
            {
                writer.Write($"({at.Line},{at.Column})");
            }

            writer.Write(": ");
            writer.Write(diagnostic.ToString());
            writer.Write('\n');
        }

        writer.Write($"{file}: {result.ErrorCount} error(s), {result.WarningCount} warning(s), {result.InfoCount} info(s)");
        if (!result.SkippedRules.IsEmpty)
        {
            writer.Write($"; skipped without reference date: {string.Join(", ", result.SkippedRules)}");
        }

        writer.Write('\n');
    }
}
