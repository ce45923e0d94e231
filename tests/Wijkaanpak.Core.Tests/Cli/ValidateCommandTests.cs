using System.Text.Json;
using Wijkaanpak.Cli;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Validation;

namespace Wijkaanpak.Core.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wijkaanpak-validate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_model_without_errors_exits_with_success()
    {
        var path = Save(SyntheticTheoryOfChange.Generate(200, 1));

        var (exit, output, error) = Run("validate", path, "--today", "2025-06-01");

        Assert.True(exit == ExitCodes.Success, output);
        Assert.Contains(": 0 errors", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void A_model_with_errors_exits_with_findings_and_prints_compiler_style_lines()
    {
        var path = Save(WithLooseIntervention());

        var (exit, output, _) = Run("validate", path, "--today", "2025-06-01", "--format", "lines", "--lang", "nl");

        Assert.Equal(ExitCodes.Findings, exit);
        var (line, column) = StartOfElementWithId(path, "los");
        Assert.Contains($"{path}({line},{column}): error WA0003: Interventie 'Los' (los) draagt aan geen enkel doel bij. [los]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_strict_profile_turns_warnings_into_errors()
    {
        var path = Save(SyntheticTheoryOfChange.Generate(200, 1));
        var (_, text, _) = Run("validate", path, "--today", "2025-06-01");
        Assert.DoesNotContain(" 0 warnings", text, StringComparison.Ordinal);

        var (exit, _, _) = Run("validate", path, "--profile", "strict", "--today", "2025-06-01");

        Assert.Equal(ExitCodes.Findings, exit);
    }

    [Fact]
    public void An_unreadable_model_exits_with_input_error_naming_file_path_and_line()
    {
        var path = Path.Combine(_folder, "broken.json");
        File.WriteAllText(path, "{\n  \"formatVersion\": 1,\n  \"name\": \"M\",\n  \"theoryOfChange\": {},\n  \"areas\": [ { \"id\": \"w\", \"name\": \"W\", \"level\": \"wijk\", \"parentId\": \"x\" } ]\n}\n");

        var (exit, output, error) = Run("validate", path);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("broken.json(5,57): $.areas[0].parentId: No area has id 'x'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_model_file_exits_with_input_error()
    {
        var (exit, _, error) = Run("validate", Path.Combine(_folder, "absent.json"));

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("absent.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_an_array_of_code_severity_message_subjects()
    {
        var path = Save(WithLooseIntervention());

        var (_, output, _) = Run("validate", path, "--format", "json", "--today", "2025-06-01", "--lang", "nl");

        using var document = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        var finding = document.RootElement.EnumerateArray().Single(e => e.GetProperty("code").GetString() == "WA0003");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("Interventie 'Los' (los) draagt aan geen enkel doel bij.", finding.GetProperty("message").GetString());
        Assert.Equal("los", finding.GetProperty("subjects")[0].GetString());
    }

    [Fact]
    public void Sarif_output_is_version_2_1_0_with_the_findings_as_results_of_the_first_run()
    {
        var path = Save(WithLooseIntervention());

        var (_, output, _) = Run("validate", path, "--format", "sarif", "--today", "2025-06-01");

        using var document = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results");
        var loose = results.EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "WA0003");
        Assert.Equal("error", loose.GetProperty("level").GetString());
        var region = loose.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(StartOfElementWithId(path, "los"), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
    }

    /// <summary>The 1-based line and column of the <c>{</c> that opens the element whose id is <paramref name="id"/>, found in the text itself.</summary>
    private static (int Line, int Column) StartOfElementWithId(string path, string id)
    {
        var lines = File.ReadAllLines(path);
        var idLine = Array.FindIndex(lines, l => l.Contains($"\"id\": \"{id}\"", StringComparison.Ordinal));
        var open = Array.FindLastIndex(lines, idLine, l => l.TrimEnd().EndsWith('{'));
        return (open + 1, lines[open].LastIndexOf('{') + 1);
    }

    [Fact]
    public void The_reference_date_decides_the_time_rules()
    {
        var path = Save(RuleCases.All["WA0047"].Triggers());

        var (_, early, _) = Run("validate", path, "--format", "json", "--today", "2000-01-01");
        var (_, late, _) = Run("validate", path, "--format", "json", "--today", "2040-01-01");

        Assert.NotEqual(early, late);
    }

    [Fact]
    public void A_reference_date_that_is_not_a_date_is_refused_as_an_input_error()
    {
        var path = Save(RuleCases.Chain().Build());

        var (exit, output, error) = Run("validate", path, "--today", "01-06-2025");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.DoesNotContain("error(s)", output, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_toc_writes_a_model_that_reads_back_with_the_requested_size()
    {
        var path = Path.Combine(_folder, "toc.json");

        var (exit, _, error) = Run("generate", "toc", "--nodes", "500", "--seed", "7", "-o", path);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var model = ModelJson.ReadFile(path);
        Assert.Equal(500, model.TheoryOfChange.Goals.Count + model.TheoryOfChange.Interventions.Count);
        Assert.Equal(ModelJson.WriteToString(SyntheticTheoryOfChange.Generate(500, 7)), File.ReadAllText(path));
    }

    [Fact]
    public void Generate_toc_refuses_fewer_than_ten_nodes_as_an_input_error_and_writes_nothing()
    {
        var path = Path.Combine(_folder, "tiny.json");

        var (exit, _, _) = Run("generate", "toc", "--nodes", "3", "-o", path);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.False(File.Exists(path));
    }

    private static WijkaanpakModel WithLooseIntervention() =>
        RuleCases.Chain().Intervention("los", "Los", InterventionKind.Regulier).Build();

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        return CliRunner.Run(args);
    }

    private string Save(WijkaanpakModel model)
    {
        var path = Path.Combine(_folder, $"model-{Guid.NewGuid():N}.json");
        ModelJson.WriteFile(model, path);
        return path;
    }
}
