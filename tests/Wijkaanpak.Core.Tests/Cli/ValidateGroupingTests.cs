using System.Text.Json;
using Wijkaanpak.Cli;
using Wijkaanpak.Core.Tests.Export;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Cli;

public sealed class ValidateGroupingTests : IDisposable
{
    private readonly ModelFileFolder _files = new("wijkaanpak-validate-groups-");

    public void Dispose() => _files.Dispose();

    private string ModelPath() => _files.ModelPath;

    private static int Findings(string json) => JsonDocument.Parse(json).RootElement.GetArrayLength();

    [Fact]
    public void Text_is_grouped_by_rule_and_json_stays_one_result_per_finding()
    {
        var expected = Validator.Validate(ReportFixtures.Overvecht(), new ValidationOptions { Today = new NodaTime.LocalDate(2025, 6, 1) });

        var (_, text, _) = CliRunner.Run("validate", ModelPath());
        var (_, json, _) = CliRunner.Run("validate", ModelPath(), "--format", "json");

        var heads = text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ') && l.Contains(" finding", StringComparison.Ordinal)).ToList();
        Assert.Equal(DiagnosticGroup.Of(expected.Diagnostics).Select(g => g.Code), heads.Select(h => h.Split(' ')[1]));
        Assert.Equal(expected.Diagnostics.Count, Findings(json));
    }

    [Fact]
    public void Lines_keeps_the_compiler_style_line_per_finding()
    {
        var (_, lines, _) = CliRunner.Run("validate", ModelPath(), "--format", "lines");

        var findings = lines.Split('\n').Where(l => l.Contains("): ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, l => Assert.Matches(@"^.*model\.json\(\d+,\d+\): (error|warning|info) WA\d{4}: ", l));
    }

    [Fact]
    public void Severity_and_rule_filter_what_is_shown_and_the_exit_code_follows_it()
    {
        var (_, all, _) = CliRunner.Run("validate", ModelPath(), "--format", "json");
        var (warningsExit, warnings, _) = CliRunner.Run("validate", ModelPath(), "--format", "json", "--severity", "warning");
        var code = JsonDocument.Parse(all).RootElement.EnumerateArray().First(e => e.GetProperty("severity").GetString() == "info").GetProperty("code").GetString()!;
        var (ruleExit, rule, _) = CliRunner.Run("validate", ModelPath(), "--format", "json", "--rule", code.ToLowerInvariant());

        Assert.All(JsonDocument.Parse(warnings).RootElement.EnumerateArray(), e => Assert.NotEqual("info", e.GetProperty("severity").GetString()));
        Assert.True(Findings(warnings) < Findings(all));
        Assert.All(JsonDocument.Parse(rule).RootElement.EnumerateArray(), e => Assert.Equal(code, e.GetProperty("code").GetString()));
        Assert.Equal(ExitCodes.Success, ruleExit);
        Assert.Equal(JsonDocument.Parse(warnings).RootElement.EnumerateArray().Any(e => e.GetProperty("severity").GetString() == "error") ? ExitCodes.Findings : ExitCodes.Success, warningsExit);
    }

    [Fact]
    public void An_unknown_rule_code_or_severity_is_an_input_error()
    {
        Assert.Equal(ExitCodes.InputError, CliRunner.Run("validate", ModelPath(), "--rule", "WA9999").Exit);
        Assert.Equal(ExitCodes.InputError, CliRunner.Run("validate", ModelPath(), "--severity", "fatal").Exit);
    }

    [Fact]
    public void A_rules_file_beside_the_model_is_used_and_rules_names_another_one()
    {
        var (_, before, _) = CliRunner.Run("validate", ModelPath(), "--format", "json");
        var codes = JsonDocument.Parse(before).RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetString()!).Distinct().ToList();
        File.WriteAllText(Path.Combine(_files.Folder, RuleConfiguration.FileName), $"rule.{codes[0]}.severity = none\n");
        var other = Path.Combine(_files.Folder, "other.globalconfig");
        File.WriteAllText(other, $"rule.{codes[^1]}.severity = none\n");

        var (_, beside, _) = CliRunner.Run("validate", ModelPath(), "--format", "json");
        var (_, given, _) = CliRunner.Run("validate", ModelPath(), "--format", "json", "--rules", other);

        Assert.DoesNotContain($"\"{codes[0]}\"", beside, StringComparison.Ordinal);
        Assert.Contains($"\"{codes[^1]}\"", beside, StringComparison.Ordinal);
        Assert.Contains($"\"{codes[0]}\"", given, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{codes[^1]}\"", given, StringComparison.Ordinal);
    }

    [Fact]
    public void The_profile_option_overrides_the_profile_of_the_rules_file()
    {
        File.WriteAllText(Path.Combine(_files.Folder, RuleConfiguration.FileName), "profile = strict\n");

        var (_, strict, _) = CliRunner.Run("validate", ModelPath(), "--format", "json");
        var (_, overridden, _) = CliRunner.Run("validate", ModelPath(), "--format", "json", "--profile", "default");

        Assert.DoesNotContain("\"severity\": \"warning\"", strict, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"warning\"", overridden, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_rules_file_is_an_input_error_naming_the_file_line_and_column()
    {
        var rules = Path.Combine(_files.Folder, "bad.globalconfig");
        File.WriteAllText(rules, "# rules\nrule.WA0011.severity = loud\n");

        var (exit, output, error) = CliRunner.Run("validate", ModelPath(), "--rules", rules);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("bad.globalconfig(2,24): rule.WA0011.severity: 'loud' is not a severity", error, StringComparison.Ordinal);
    }
}
