using System.Text.Json;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Writes validation findings as a SARIF 2.1.0 log (Static Analysis Results Interchange Format),
/// so build pipelines and code-scanning views show them on the model file: one run whose tool
/// driver lists every rule with its title, rationale, source and help, and one result per finding
/// with its rule, level, message and a location in the model file (the line and column when
/// known, which code-scanning views need to annotate the file; the JSON path as a logical location;
/// the subjects as a property).
/// </summary>
public static class SarifWriter
{
    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>Writes <paramref name="result"/> as SARIF to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="result">The findings.</param>
    /// <param name="modelUri">The model file as a relative or absolute URI reference, e.g. <c>samples/models/overvecht.json</c>.</param>
    /// <param name="rules">The descriptors to list in the driver, normally <see cref="Validator.BuiltInRules"/> plus your own; rules of findings not in it are added.</param>
    /// <param name="positions">Where each finding's JSON path is in the model file, from <see cref="ModelJson.Locate"/>; a finding whose path is in it gets a region with start line and column.</param>
    public static void Write(Stream stream, ValidationResult result, string modelUri, IReadOnlyList<RuleDescriptor> rules, IReadOnlyDictionary<string, SourcePosition>? positions = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(modelUri);
        ArgumentNullException.ThrowIfNull(rules);
        var descriptors = rules.Concat(result.Diagnostics.Select(d => d.Descriptor))
            .DistinctBy(d => d.Code, StringComparer.Ordinal)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = descriptors.Select((d, i) => (d.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var uri = modelUri.Replace('\\', '/');

        using var json = new Utf8JsonWriter(stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteString("version", Version);
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, descriptors, result.Profile, result.Language);
        json.WriteStartArray("artifacts");
        json.WriteStartObject();
        WriteArtifactLocation(json, uri);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("results");
        foreach (var d in result.Diagnostics)
        {
            WriteResult(json, d, ruleIndex[d.Code], uri, d.Location is { } path && positions?.TryGetValue(path, out var at) == true ? at : null);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The SARIF level of a severity: error, warning, or note for info.</summary>
    /// <param name="severity">The severity.</param>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static void WriteTool(Utf8JsonWriter json, List<RuleDescriptor> descriptors, ValidationProfile profile, Language language)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "wijkaanpak");
        json.WriteString("semanticVersion", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var d in descriptors)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Code);
            json.WriteString("name", string.Concat(d.Title.En.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..])));
            WriteText(json, "shortDescription", d.Title.In(language));
            WriteText(json, "fullDescription", d.RationaleWithSource(language));
            WriteText(json, "help", d.HelpText.In(language));
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(d.SeverityIn(profile)));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", d.Category.ToString());
            json.WriteString("source", d.Source);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, int ruleIndex, string uri, SourcePosition? position)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        WriteText(json, "message", d.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, uri);
        if (position is { } at)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", at.Line);
            json.WriteNumber("startColumn", at.Column);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (d.Location is { } path)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", path);
            json.WriteString("kind", "object");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteStartArray("subjects");
        foreach (var subject in d.Subjects)
        {
            json.WriteStringValue(subject);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string uri)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
