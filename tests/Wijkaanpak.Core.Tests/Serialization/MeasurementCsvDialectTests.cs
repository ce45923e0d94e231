using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Generators;

namespace Wijkaanpak.Core.Tests.Serialization;

public class MeasurementCsvDialectTests
{
    [Fact]
    public void Measurements_written_in_the_dutch_dialect_are_detected_and_read_back_equal()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(ModelGenerators.Models(), c =>
        {
            using var writer = new StringWriter();
            MeasurementCsv.Write(c.Model.Measurements, writer, CsvDialect.Dutch);
            return MeasurementCsv.Read(new StringReader(writer.ToString())).SequenceEqual(c.Model.Measurements);
        }));
    }

    [Fact]
    public void A_file_saved_by_dutch_excel_with_semicolons_and_decimal_commas_reads_as_numbers()
    {
        const string csv = "area;indicator;date;value;numerator;denominator\nzambesidreef;werkloosheid;2025-12-31;10,6;310;2930\n3sdreven;werkloosheid;2025-12-31;9,9;;\n";
        var read = MeasurementCsv.Read(new StringReader(csv));
        Assert.Equal([10.6, 9.9], read.Select(m => m.Value));
        Assert.Equal(2930, read[0].Denominator);
        Assert.Equal(new LocalDate(2025, 12, 31), read[1].Date);
    }

    [Fact]
    public void A_decimal_point_in_a_file_with_decimal_commas_is_reported_with_line_and_column()
    {
        const string csv = "area;indicator;date;value\nzambesidreef;werkloosheid;2025-12-31;10,6\n3sdreven;werkloosheid;2025-12-31;9.9\n";
        var problem = Assert.Single(Assert.Throws<WijkaanpakModelException>(() => MeasurementCsv.Read(new StringReader(csv))).Problems);
        Assert.Equal((3L, 4), (problem.Line, problem.Column));
        Assert.Contains("decimal comma", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dutch_dialect_writes_semicolons_and_decimal_commas()
    {
        using var writer = new StringWriter();
        MeasurementCsv.Write([new Measurement { AreaId = new AreaId("a"), IndicatorId = new IndicatorId("i"), Date = new LocalDate(2025, 1, 1), Value = 0.25 }], writer, CsvDialect.Dutch);
        Assert.StartsWith("area;indicator;date;value;", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains(";2025-01-01;0,25;", writer.ToString(), StringComparison.Ordinal);
    }
}
