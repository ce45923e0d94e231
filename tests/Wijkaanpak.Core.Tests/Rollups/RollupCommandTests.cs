using Wijkaanpak.Cli;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tests.Rollups;

public sealed class RollupCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wijkaanpak-rollup-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string ModelFile(WijkaanpakModel model)
    {
        var path = Path.Combine(_directory, "model.json");
        ModelJson.WriteFile(model, path);
        return path;
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = WijkaanpakCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Rollup_prints_the_worked_example_as_text_with_the_contribution_label()
    {
        var (exit, output, error) = Run("rollup", ModelFile(RollupExample.Model()), "--as-of", "2024-01-01");

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, error));
        Assert.Contains("Reference date: 2024-01-01", output, StringComparison.Ordinal);
        Assert.Contains("not attribution", output, StringComparison.Ordinal);
        Assert.Contains("12.733", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rollup")]
    [InlineData("report")]
    public void A_measurement_row_naming_an_unknown_area_is_an_input_error_with_its_line_on_every_command(string command)
    {
        var csv = Path.Combine(_directory, "extra.csv");
        File.WriteAllText(csv, "area,indicator,date,value\noost,bereikt,2025-01-01,410\nnergens,bereikt,2025-01-01,5\n");
        string[] args = command == "rollup"
            ? ["rollup", ModelFile(RollupExample.Model()), "--measurements", csv]
            : ["report", ModelFile(RollupExample.Model()), "--measurements", csv, "-o", Path.Combine(_directory, "r.md")];

        var (exit, _, error) = Run(args);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("extra.csv(3,1)", error, StringComparison.Ordinal);
        Assert.Contains("'nergens'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_skip_unknown_the_rollup_warns_about_each_skipped_row_and_uses_the_rest()
    {
        var csv = Path.Combine(_directory, "extra.csv");
        File.WriteAllText(csv, "area,indicator,date,value\noost,bereikt,2025-01-01,410\nnergens,bereikt,2025-01-01,5\noost,onbekend,2025-01-01,5\n");

        var (exit, output, error) = Run("rollup", ModelFile(RollupExample.Model()), "--measurements", csv, "--skip-unknown", "--format", "csv", "--as-of", "2025-01-01");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("extra.csv(3,1): warning: skipped:", error, StringComparison.Ordinal);
        Assert.Contains("extra.csv(4,1): warning: skipped:", error, StringComparison.Ordinal);
        Assert.Contains("2 of 3 rows skipped", error, StringComparison.Ordinal);
        Assert.Contains("bereikt,oost,wijk,output,2025-01-01,410,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_as_csv_writes_each_table_after_a_name_line()
    {
        var (_, output, _) = Run("rollup", ModelFile(RollupExample.Model()), "--format", "csv");

        Assert.StartsWith("# indicator-status\nindicator,area,level,", output, StringComparison.Ordinal);
        Assert.Contains("# social-return\ncase,discountRate,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_as_json_is_one_document_of_tables()
    {
        var (_, output, _) = Run("rollup", ModelFile(RollupExample.Model()), "--format", "json");

        using var document = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(11, document.RootElement.GetProperty("tables").GetArrayLength());
    }

    [Fact]
    public void Rollup_at_an_earlier_date_uses_only_the_values_up_to_it()
    {
        var (_, output, _) = Run("rollup", ModelFile(RollupExample.Model()), "--as-of", "2023-06-30", "--format", "md");

        Assert.Contains("Reference date: 2023-06-30", output, StringComparison.Ordinal);
        Assert.Contains("| bereikt | oost | wijk | output | 2023-06-30 | 150 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_adds_measurements_from_csv()
    {
        var csv = Path.Combine(_directory, "extra.csv");
        File.WriteAllText(csv, "area,indicator,date,value\nnoord,bereikt,2025-01-01,150\nzuid,bereikt,2025-01-01,260\n");

        var (_, output, _) = Run("rollup", ModelFile(RollupExample.Model()), "--measurements", csv, "--format", "csv", "--as-of", "2025-01-01");

        Assert.Contains("bereikt,oost,wijk,output,2025-01-01,410,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_is_an_input_error()
    {
        var (exit, _, error) = Run("rollup", ModelFile(RollupExample.Model()), "--as-of", "30-06-2023");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("--as-of: '30-06-2023'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_measurements_file_is_an_input_error_naming_the_line()
    {
        var csv = Path.Combine(_directory, "bad.csv");
        File.WriteAllText(csv, "area,indicator,date,value\nnoord,bereikt,gisteren,1\n");

        var (exit, _, error) = Run("rollup", ModelFile(RollupExample.Model()), "--measurements", csv);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("bad.csv(2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_model_file_is_an_input_error() =>
        Assert.Equal(ExitCodes.InputError, Run("rollup", Path.Combine(_directory, "none.json")).Exit);
}
