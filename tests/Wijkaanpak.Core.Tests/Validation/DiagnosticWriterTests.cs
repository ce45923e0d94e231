using System.Text;
using System.Text.Json;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Validation;

public class DiagnosticWriterTests
{
    private static readonly ValidationResult Result =
        Validator.Validate(RuleCases.Chain().Intervention("los", "Los", InterventionKind.Regulier).Build());

    [Fact]
    public void Text_lines_read_like_a_compiler()
    {
        var text = new StringWriter();

        DiagnosticTextWriter.Write(text, Result, "model.json");

        Assert.Contains("model.json: error WA0003: Interventie 'Los' (los) draagt aan geen enkel doel bij. [los]\n", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_an_array_of_code_severity_message_subjects()
    {
        using var stream = new MemoryStream();
        DiagnosticJsonWriter.Write(stream, Result);

        using var document = JsonDocument.Parse(stream.ToArray());
        var first = document.RootElement.EnumerateArray().First(e => e.GetProperty("code").GetString() == "WA0003");
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("Interventie 'Los' (los) draagt aan geen enkel doel bij.", first.GetProperty("message").GetString());
        Assert.Equal("los", first.GetProperty("subjects")[0].GetString());
        Assert.Equal(Result.Diagnostics.Count, document.RootElement.GetArrayLength());
    }

    [Fact]
    public void Known_positions_go_into_the_text_lines_and_the_sarif_regions()
    {
        var loose = Result.Diagnostics.First(d => d.Code == "WA0003");
        var positions = new Dictionary<string, SourcePosition> { [loose.Location!] = new(41, 7) };
        using var text = new StringWriter();
        using var stream = new MemoryStream();

        DiagnosticTextWriter.Write(text, Result, "model.json", positions);
        SarifWriter.Write(stream, Result, "model.json", Validator.BuiltInRules, positions);

        Assert.Contains("model.json(41,7): error WA0003:", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("model.json: ", text.ToString(), StringComparison.Ordinal);
        using var document = JsonDocument.Parse(stream.ToArray());
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var region = results.Single(r => r.GetProperty("ruleId").GetString() == "WA0003").GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(41, region.GetProperty("startLine").GetInt32());
        Assert.Equal(7, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(
            Result.Diagnostics.Count(d => d.Location == loose.Location),
            results.Count(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _)));
    }

    [Fact]
    public void Sarif_lists_rules_in_the_driver_and_points_results_at_the_model_file()
    {
        using var stream = new MemoryStream();
        SarifWriter.Write(stream, Result, "samples/model.json", Validator.BuiltInRules);

        using var document = JsonDocument.Parse(stream.ToArray());
        var run = document.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(Validator.BuiltInRules.Count, rules.GetArrayLength());
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "WA0003");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("WA0003", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("samples/model.json", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(string.IsNullOrEmpty(rules[0].GetProperty("help").GetProperty("text").GetString()));
    }

    [Fact]
    public void Sarif_writes_info_as_note()
    {
        Assert.Equal("note", SarifWriter.Level(DiagnosticSeverity.Info));
    }

    [Fact]
    public void The_same_result_is_written_byte_for_byte_the_same()
    {
        static string Sarif(ValidationResult result)
        {
            using var stream = new MemoryStream();
            SarifWriter.Write(stream, result, "m.json", Validator.BuiltInRules);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        var again = Validator.Validate(RuleCases.Chain().Intervention("los", "Los", InterventionKind.Regulier).Build());

        Assert.Equal(Sarif(Result), Sarif(again));
    }
}
