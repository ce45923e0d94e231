using Wijkaanpak.Cli;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Validation;
using Wijkaanpak.Core.Tests.Export;
using Wijkaanpak.Core.Tests.Serialization;

namespace Wijkaanpak.Core.Tests.Cli;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wijkaanpak-report-cli-").FullName;

    private string ModelPath
    {
        get
        {
            var path = Path.Combine(_folder, "model.json");
            if (!File.Exists(path))
            {
                ModelJson.WriteFile(ReportFixtures.Overvecht(), path);
            }

            return path;
        }
    }

    [Theory]
    [InlineData("nl_NL.UTF-8", "nl")]
    [InlineData("nl-BE", "nl")]
    [InlineData("en_US.UTF-8", "en")]
    [InlineData(null, "en")]
    public void Report_is_dutch_by_default_when_the_language_setting_is_dutch(string? setting, string expected)
    {
        var target = Path.Combine(_folder, "rapport.html");

        var (exit, _, error) = CliRunner.Run(CliRunner.Environment(language: setting), "report", ModelPath, "-o", target);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var document = HtmlReportTests.Parse(File.ReadAllText(target));
        Assert.Equal(expected, document.Root!.Attribute("lang")!.Value);
    }

    [Fact]
    public void Lang_overrides_the_language_setting()
    {
        var target = Path.Combine(_folder, "rapport.html");

        CliRunner.Run(CliRunner.Environment(language: "en_GB.UTF-8"), "report", ModelPath, "-o", target, "--lang", "nl");

        Assert.Equal("nl", HtmlReportTests.Parse(File.ReadAllText(target)).Root!.Attribute("lang")!.Value);
    }

    [Fact]
    public void Report_without_a_reference_date_shows_the_findings_of_the_default_validation_today()
    {
        var target = Path.Combine(_folder, "rapport.html");
        var today = new NodaTime.LocalDate(2040, 1, 1);

        CliRunner.Run(CliRunner.Environment(today), "report", ModelPath, "-o", target);

        var expected = Validator.Validate(ReportFixtures.Overvecht(), new ValidationOptions { Today = today }).Diagnostics.Select(d => d.Code).ToList();
        var document = HtmlReportTests.Parse(File.ReadAllText(target));
        var section = document.Descendants("h2").Single(h => (string?)h.Attribute("id") == "diagnostics").ElementsAfterSelf().TakeWhile(e => e.Name.LocalName != "h2").ToList();
        var codes = section.Where(e => e.Name.LocalName == "table").SelectMany(t => t.Descendants("tr").Skip(1)).Select(tr => tr.Elements("td").First().Value).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, codes);
    }

    [Fact]
    public void A_reference_date_brings_in_the_findings_of_the_time_rules()
    {
        var target = Path.Combine(_folder, "rapport.html");
        var asOf = new NodaTime.LocalDate(2040, 1, 1);

        var (exit, _, error) = CliRunner.Run(CliRunner.Environment(new NodaTime.LocalDate(2020, 1, 1)), "report", ModelPath, "-o", target, "--as-of", "2040-01-01");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        var expected = Validator.Validate(ReportFixtures.Overvecht(), new ValidationOptions { Today = asOf }).Diagnostics.Select(d => d.Code).ToList();
        var earlier = Validator.Validate(ReportFixtures.Overvecht(), new ValidationOptions { Today = new NodaTime.LocalDate(2020, 1, 1) }).Diagnostics.Select(d => d.Code).ToList();
        Assert.Contains("WA0082", expected);
        Assert.DoesNotContain("WA0082", earlier);
        var document = HtmlReportTests.Parse(File.ReadAllText(target));
        var section = document.Descendants("h2").Single(h => (string?)h.Attribute("id") == "diagnostics").ElementsAfterSelf().TakeWhile(e => e.Name.LocalName != "h2").ToList();
        var codes = section.Where(e => e.Name.LocalName == "table").SelectMany(t => t.Descendants("tr").Skip(1)).Select(tr => tr.Elements("td").First().Value).ToList();
        Assert.Equal(expected, codes);
    }

    [Fact]
    public void A_reference_date_that_is_not_a_date_is_an_input_error()
    {
        var (exit, _, error) = Run("report", ModelPath, "-o", Path.Combine(_folder, "r.html"), "--as-of", "1-1-2040");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("--as-of: '1-1-2040' is not a date", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_writes_english_markdown_for_an_md_file_and_lang_en()
    {
        var target = Path.Combine(_folder, "report.md");

        var (exit, _, _) = Run("report", ModelPath, "-o", target, "--lang", "en");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("## Theory of change", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_uses_the_rules_file_beside_the_model()
    {
        var target = Path.Combine(_folder, "rapport.html");
        var today = new NodaTime.LocalDate(2025, 6, 1);
        var code = Validator.Validate(ReportFixtures.Overvecht(), new ValidationOptions { Today = today }).Diagnostics[0].Code;
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(ModelPath)!, RuleConfiguration.FileName), $"rule.{code}.severity = none\n");

        var (exit, _, error) = CliRunner.Run(CliRunner.Environment(today), "report", ModelPath, "-o", target);

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, error));
        var document = HtmlReportTests.Parse(File.ReadAllText(target));
        var section = document.Descendants("h2").Single(h => (string?)h.Attribute("id") == "diagnostics").ElementsAfterSelf().TakeWhile(e => e.Name.LocalName != "h2").ToList();
        var codes = section.Where(e => e.Name.LocalName == "table").SelectMany(t => t.Descendants("tr").Skip(1)).Select(tr => tr.Elements("td").First().Value).ToList();
        Assert.DoesNotContain(code, codes);
        Assert.NotEmpty(codes);
    }

    [Fact]
    public void Report_refuses_an_unknown_extension_and_writes_nothing()
    {
        var target = Path.Combine(_folder, "rapport.pdf");

        var (exit, _, error) = Run("report", ModelPath, "-o", target);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("use .html, .htm or .md", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Report_adds_the_measurements_of_a_csv_file()
    {
        var csv = Path.Combine(_folder, "metingen.csv");
        File.WriteAllText(csv, "area,indicator,date,value\nzamenhof,ind-gesprekken,2024-12-31,42\n");
        var target = Path.Combine(_folder, "rapport.html");

        var (exit, _, _) = Run("report", ModelPath, "-o", target, "--measurements", csv);

        Assert.Equal(ExitCodes.Success, exit);
        var trend = HtmlReportTests.Parse(File.ReadAllText(target)).Descendants("h3").Single(h => (string?)h.Attribute("id") == "indicator-ind-gesprekken");
        Assert.Contains(trend.ElementsAfterSelf("table").First().Descendants("td"), td => td.Value == "Zamenhof");
    }

    [Fact]
    public void Report_names_measurements_that_do_not_fit_the_model_and_exits_with_input_error()
    {
        var csv = Path.Combine(_folder, "metingen.csv");
        File.WriteAllText(csv, "area,indicator,date,value\nnergens,ind-gesprekken,2024-12-31,42\n");
        var target = Path.Combine(_folder, "rapport.html");

        var (exit, _, error) = Run("report", ModelPath, "-o", target, "--measurements", csv);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("nergens", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Report_with_an_assessment_shows_its_checklist_scores()
    {
        var checklist = Path.Combine(RepositoryFiles.Root, "samples", "assessments", "wmo-wijksteunpunten-2025.json");
        var target = Path.Combine(_folder, "rapport.md");

        var (exit, _, error) = Run("report", ModelPath, "-o", target, "--assessment", checklist);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.DoesNotContain("Er is voor dit rapport geen checklist ingevuld.", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_on_a_missing_model_exits_with_input_error()
    {
        var (exit, _, error) = Run("report", Path.Combine(_folder, "bestaat-niet.json"), "-o", Path.Combine(_folder, "r.html"));

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.NotEqual(string.Empty, error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = WijkaanpakCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
