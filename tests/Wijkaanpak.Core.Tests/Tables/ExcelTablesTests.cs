using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Tables;
using Table = Wijkaanpak.Core.Tables.Table;
using TableColumn = Wijkaanpak.Core.Tables.TableColumn;

namespace Wijkaanpak.Core.Tests.Tables;

public class ExcelTablesTests
{
    [Fact]
    public void Every_table_reads_back_from_a_workbook_with_the_same_columns_and_cells() =>
        Prop.ForAll(TableGenerators.Tables(), table =>
        {
            var back = RoundTrip([table]);
            return back.Count == 1 && back[0].Name == "random" && TableGenerators.SameContent(table, back[0]);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Each_table_gets_its_own_sheet_with_a_unique_name_of_at_most_31_characters()
    {
        var a = new Table("social-return-stakeholders-per-year-and-case", [TableColumn.Integer("year")], [[2025]]);
        var b = new Table("social-return-stakeholders-per-year-and-case", [TableColumn.Integer("year")], [[2026]]);
        var back = RoundTrip([a, b]);
        Assert.Equal(["social-return-stakeholders-per-", "social-return-stakeholders- (2)"], back.Select(t => t.Name));
        Assert.Equal([2026L], back[1].Values<long?>("year"));
    }

    [Fact]
    public void A_sheet_typed_by_a_person_with_shared_strings_general_numbers_and_dates_reads_as_typed_columns()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(new SharedStringItem(new Text("buurt")), new SharedStringItem(new Text("waarde")), new SharedStringItem(new Text("peildatum")), new SharedStringItem(new Text("Zambesidreef")));
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(), new Fill()), new Borders(new Border()), new CellStyleFormats(new CellFormat()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(
                new Row(Shared("A1", 0), Shared("B1", 1), Shared("C1", 2)) { RowIndex = 1 },
                new Row(Shared("A3", 3), new Cell { CellReference = "B3", CellValue = new CellValue("10.6") }, new Cell { CellReference = "C3", CellValue = new CellValue("46022"), StyleIndex = 1 }) { RowIndex = 3 }));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "metingen" }));
        }

        stream.Position = 0;
        var table = Assert.Single(ExcelTables.Read(stream, "metingen.xlsx"));
        Assert.Equal([ColumnType.Text, ColumnType.Number, ColumnType.Date], table.Columns.Select(c => c.Type));
        Assert.Equal(["Zambesidreef"], table.Values<string>("buurt"));
        Assert.Equal([10.6], table.Values<double?>("waarde"));
        Assert.Equal([new LocalDate(2025, 12, 31)], table.Values<LocalDate?>("peildatum"));
    }

    [Fact]
    public void A_column_that_mixes_numbers_and_text_is_read_as_text_so_nothing_typed_is_lost()
    {
        var numbers = new Table("t", [TableColumn.Number("value")], [[1.5]]);
        var text = new Table("u", [TableColumn.Text("value")], [["n.v.t."]]);
        using var stream = new MemoryStream();
        ExcelTables.Write([numbers], stream);
        var mixed = MergeSecondRow(stream, text);
        Assert.Equal(ColumnType.Text, mixed.Columns[0].Type);
        Assert.Equal(["1.5", "n.v.t."], mixed.Values<string>("value"));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_with_the_file_name()
    {
        using var stream = new MemoryStream("area;indicator\n"u8.ToArray());
        var error = Assert.Throws<WijkaanpakModelException>(() => ExcelTables.Read(stream, "metingen.xlsx"));
        Assert.Equal("metingen.xlsx", error.Problems[0].Path);
    }

    [Fact]
    public void A_repeated_column_name_is_reported_with_sheet_and_cell()
    {
        var table = new Table("t", [TableColumn.Text("a"), TableColumn.Text("b")], [["x", "y"]]);
        using var stream = new MemoryStream();
        ExcelTables.Write([table], stream);
        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var cell = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B1");
            cell.InlineString = new InlineString(new Text("a"));
        }

        stream.Position = 0;
        var error = Assert.Throws<WijkaanpakModelException>(() => ExcelTables.Read(stream, "x.xlsx"));
        Assert.Equal("x.xlsx:t!B1", error.Problems[0].Path);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_letters_follow_excel(int index, string letters) => Assert.Equal(letters, ExcelTables.ColumnLetters(index));

    private static Cell Shared(string reference, int index) => new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    private static Table MergeSecondRow(MemoryStream stream, Table second)
    {
        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var data = document.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!;
            data.Append(new Row(new Cell { CellReference = "A3", DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)second.Rows[0][0]!)) }) { RowIndex = 3 });
        }

        stream.Position = 0;
        return ExcelTables.Read(stream)[0];
    }

    private static IReadOnlyList<Table> RoundTrip(IEnumerable<Table> tables)
    {
        using var stream = new MemoryStream();
        ExcelTables.Write(tables, stream);
        stream.Position = 0;
        return ExcelTables.Read(stream);
    }
}
