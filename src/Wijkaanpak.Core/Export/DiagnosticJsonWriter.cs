using System.Text.Json;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Writes validation findings as a JSON array of <c>{code, severity, message, subjects, location}</c>
/// objects, in the result's order, for scripts and dashboards. Severity is <c>error</c>,
/// <c>warning</c> or <c>info</c>; <c>location</c> is omitted when the finding concerns the model as a whole.
/// </summary>
public static class DiagnosticJsonWriter
{
    /// <summary>Writes the findings of <paramref name="result"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="result">The findings.</param>
    public static void Write(Stream stream, ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        using var json = new Utf8JsonWriter(stream, JsonOutput.Options);
        json.WriteStartArray();
        foreach (var d in result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", d.Code);
            json.WriteString("severity", Diagnostic.SeverityText(d.Severity));
            json.WriteString("message", d.Message);
            json.WriteStartArray("subjects");
            foreach (var subject in d.Subjects)
            {
                json.WriteStringValue(subject);
            }

            json.WriteEndArray();
            if (d.Location is { } location)
            {
                json.WriteString("location", location);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }
}
