using NodaTime;
using Wijkaanpak.Core.Export;

namespace Wijkaanpak.Core.Tests.Export;

public class TableWriterTests
{
    private static readonly Table Sample = new(
        "sample",
        [new TableColumn("name"), new TableColumn("value", "0.0"), new TableColumn("date")],
        [["a, \"b\"", 0.25, new LocalDate(2024, 1, 1)], ["c", null, null]]);

    [Fact]
    public void Csv_quotes_cells_with_commas_and_uses_round_trip_numbers() =>
        Assert.Equal("name,value,date\n\"a, \"\"b\"\"\",0.25,2024-01-01\nc,,\n", Write(TableFormat.Csv));

    [Fact]
    public void Markdown_uses_the_display_format_and_right_aligns_numbers() =>
        Assert.Equal("| name | value | date |\n|---|---:|---|\n| a, \"b\" | 0.3 | 2024-01-01 |\n| c |  |  |\n", Write(TableFormat.Markdown));

    [Fact]
    public void Json_writes_numbers_as_numbers_and_missing_cells_as_null()
    {
        var json = TableWriter.ToString([Sample], TableFormat.Json);
        Assert.Contains("\"value\": 0.25", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_aligns_columns() =>
        Assert.Equal("name    value  date\n------  -----  ----------\na, \"b\"    0.3  2024-01-01\nc\n", Write(TableFormat.Text));

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused() =>
        Assert.Throws<ArgumentException>(() => new Table("t", [new TableColumn("a")], [[1, 2]]));

    [Fact]
    public void Two_columns_with_one_name_are_refused() =>
        Assert.Throws<ArgumentException>(() => new Table("t", [new TableColumn("a"), new TableColumn("a")], []));

    private static string Write(TableFormat format)
    {
        using var writer = new StringWriter();
        TableWriter.Write(Sample, writer, format);
        return writer.ToString();
    }
}
