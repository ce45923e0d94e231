using NodaTime;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tables;

namespace Wijkaanpak.Core.Tests.Tables;

public class TableWriterTests
{
    private static readonly Table Sample = new(
        "sample",
        [TableColumn.Text("name"), TableColumn.Number("value", "0.0"), TableColumn.Date("date")],
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
        Assert.Throws<ArgumentException>(() => new Table("t", [TableColumn.Integer("a")], [[1, 2]]));

    [Fact]
    public void Two_columns_with_one_name_are_refused() =>
        Assert.Throws<ArgumentException>(() => new Table("t", [TableColumn.Text("a"), TableColumn.Number("a")], []));

    [Fact]
    public void Dutch_csv_uses_semicolons_and_decimal_commas_and_quotes_cells_holding_a_semicolon()
    {
        var table = new Table("t", [TableColumn.Text("name"), TableColumn.Number("value"), TableColumn.Integer("count")], [["a;b", 0.25, 3], ["c", -1.5e-7, null]]);
        Assert.Equal("name;value;count\n\"a;b\";0,25;3\nc;-1,5E-07;\n", TableWriter.ToString([table], TableFormat.Csv, CsvDialect.Dutch).Split("# t\n")[1].TrimEnd('\n') + "\n");
    }

    [Fact]
    public void Json_lists_the_columns_with_their_types()
    {
        var json = System.Text.Json.JsonDocument.Parse(TableWriter.ToString([Sample], TableFormat.Json));
        var columns = json.RootElement.GetProperty("tables")[0].GetProperty("columns").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("type").GetString()));
        Assert.Equal([("name", "text"), ("value", "number"), ("date", "date")], columns);
    }

    [Fact]
    public void Cells_are_stored_as_their_column_type()
    {
        var table = new Table(
            "t",
            [TableColumn.Number("n"), TableColumn.Integer("i"), TableColumn.Date("d"), TableColumn.Number("inf")],
            [[3, 4, new DateOnly(2025, 1, 2), double.PositiveInfinity], [2.5m, 5L, null, 1.0]]);
        Assert.Equal([3.0, 2.5], table.Values<double?>("n"));
        Assert.Equal([4L, 5L], table.Values<long?>("i"));
        Assert.Equal([new LocalDate(2025, 1, 2), null], table.Values<LocalDate?>("d"));
        Assert.Equal([null, 1.0], table.Values<double?>("inf"));
    }

    [Theory]
    [InlineData(ColumnType.Text, 1)]
    [InlineData(ColumnType.Integer, 1.5)]
    [InlineData(ColumnType.Flag, "yes")]
    [InlineData(ColumnType.Date, "2025-01-01")]
    [InlineData(ColumnType.Number, "1.5")]
    public void A_cell_that_does_not_fit_its_column_is_refused_naming_row_and_column(ColumnType type, object cell)
    {
        var error = Assert.Throws<ArgumentException>(() => new Table("t", [new TableColumn("x", type)], [[null], [cell]]));
        Assert.Contains("Row 1 of table 't', column 'x'", error.Message, StringComparison.Ordinal);
    }

    private static string Write(TableFormat format)
    {
        using var writer = new StringWriter();
        TableWriter.Write(Sample, writer, format);
        return writer.ToString();
    }
}
