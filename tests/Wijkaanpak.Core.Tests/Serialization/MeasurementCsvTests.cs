using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Generators;

namespace Wijkaanpak.Core.Tests.Serialization;

public class MeasurementCsvTests
{
    private static IReadOnlyList<ModelProblem> ProblemsOf(string csv) =>
        Assert.Throws<WijkaanpakModelException>(() => MeasurementCsv.Read(new StringReader(csv))).Problems;

    private static string Write(IEnumerable<Measurement> measurements)
    {
        using var writer = new StringWriter();
        MeasurementCsv.Write(measurements, writer);
        return writer.ToString();
    }

    [Fact]
    public void Written_measurements_read_back_equal_and_rewrite_identically()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(ModelGenerators.Models(), c =>
        {
            var text = Write(c.Model.Measurements);
            var read = MeasurementCsv.Read(new StringReader(text));
            return read.SequenceEqual(c.Model.Measurements) && Write(read) == text;
        }));
    }

    [Fact]
    public void The_header_lists_the_tidy_columns()
    {
        Assert.StartsWith("area,indicator,date,value,numerator,denominator,sampleSize,source,qualifier\n", Write([]), StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_columns_may_be_left_out_and_take_their_defaults()
    {
        var read = MeasurementCsv.Read(new StringReader("indicator,area,date,value\ni,w1,2024-01-01,12.5\n"));

        Assert.Equal(
            new Measurement { IndicatorId = new IndicatorId("i"), AreaId = new AreaId("w1"), Date = new LocalDate(2024, 1, 1), Value = 12.5 },
            Assert.Single(read));
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_line()
    {
        var problems = ProblemsOf("""
            area,indicator,date,value,qualifier
            w1,i,2024-01-01,1,exact
            w1,i,2024-13-01,1,exact
            w1,i,2024-01-01,1,1,2
            w1,i,2024-01-01,NaN,exact
            ,i,2024-01-01,1,roughly
            """.Replace("\r", string.Empty, StringComparison.Ordinal));

        Assert.Equal(["measurements.csv:line 3", "measurements.csv:line 4", "measurements.csv:line 5", "measurements.csv:line 6", "measurements.csv:line 6"], problems.Select(p => p.Path));
        Assert.Contains("'2024-13-01' in column date is not a date", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'NaN' in column value is not a finite number", problems[2].Message, StringComparison.Ordinal);
        Assert.Equal(5, problems[4].Column);
    }

    [Fact]
    public void A_decimal_comma_is_refused()
    {
        var problems = ProblemsOf("area,indicator,date,value\nw1,i,2024-01-01,\"12,5\"\n");

        Assert.Equal(2, Assert.Single(problems).Line);
    }

    [Fact]
    public void Unknown_and_missing_columns_are_reported_on_the_header_line()
    {
        var problems = ProblemsOf("area,indicator,when,value\n");

        Assert.Contains(problems, p => p.Line == 1 && p.Message.Contains("Unknown column 'when'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 1 && p.Message.Contains("required column 'date'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Single(ProblemsOf(string.Empty));
    }

    [Fact]
    public void Malformed_csv_is_reported_with_its_line()
    {
        var problems = ProblemsOf("area,indicator,date,value\nw1,i,2024-01-01,1\nw1,\"i\"x,2024-01-01,1\n");

        Assert.Equal(3, Assert.Single(problems).Line);
    }

    [Fact]
    public void A_file_is_written_atomically_and_reads_back()
    {
        var measurements = ModelGenerators.Build(7, 40).Measurements;
        var path = Path.Combine(Path.GetTempPath(), $"measurements-{Guid.NewGuid():N}.csv");
        try
        {
            MeasurementCsv.WriteFile(measurements, path);
            Assert.Equal(measurements, MeasurementCsv.ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
