using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Tables;
using Wijkaanpak.Core.Tests.Generators;

namespace Wijkaanpak.Core.Tests.Tables;

public class MeasurementTablesTests
{
    [Fact]
    public void Measurements_go_through_an_excel_workbook_and_come_back_equal() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25), Prop.ForAll(ModelGenerators.Models(), c =>
        {
            using var stream = new MemoryStream();
            ExcelTables.Write([MeasurementTables.ToTable(c.Model.Measurements)], stream);
            stream.Position = 0;
            var sheets = ExcelTables.Read(stream, "metingen.xlsx");
            var back = sheets.Count == 0 ? [] : MeasurementTables.FromTable(sheets[0], "metingen.xlsx");
            return back.SequenceEqual(c.Model.Measurements);
        }));

    [Fact]
    public void Measurements_go_through_a_parquet_file_and_come_back_equal() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25), Prop.ForAll(ModelGenerators.Models(), c =>
        {
            using var stream = new MemoryStream();
            ParquetTables.WriteAsync(MeasurementTables.ToTable(c.Model.Measurements), stream).GetAwaiter().GetResult();
            stream.Position = 0;
            var back = MeasurementTables.FromTable(ParquetTables.ReadAsync(stream).GetAwaiter().GetResult());
            return back.SequenceEqual(c.Model.Measurements);
        }));

    [Fact]
    public void A_table_row_with_an_empty_value_is_reported_as_a_problem_not_dropped()
    {
        var table = new Table(
            "metingen",
            [TableColumn.Text("area"), TableColumn.Text("indicator"), TableColumn.Text("date"), TableColumn.Number("value")],
            [["zambesidreef", "werkloosheid", "2025-12-31", 10.6], ["3sdreven", "werkloosheid", "2025-12-31", null]]);
        var problem = Assert.Single(Assert.Throws<WijkaanpakModelException>(() => MeasurementTables.FromTable(table, "metingen.xlsx")).Problems);
        Assert.Equal("metingen.xlsx:line 3", problem.Path);
    }
}
