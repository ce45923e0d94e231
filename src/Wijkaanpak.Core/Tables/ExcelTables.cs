using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tables;

/// <summary>
/// Writes and reads <see cref="Table"/>s as Excel workbooks (*.xlsx*, Office Open XML; decision 0017):
/// one worksheet per table, the column names in the first row, one row per table row. Cells keep
/// their type: text as text, numbers and integers as numbers (integers with the format <c>0</c>),
/// dates as Excel dates shown <c>yyyy-mm-dd</c>, flags as TRUE/FALSE.
/// </summary>
/// <remarks>
/// Reading takes every non-empty worksheet as a table named after the sheet. The first row holds
/// the column names; a column's type follows from its cells: all text gives text, all numbers a
/// number column (an integer column when every cell has the format <c>0</c> or <c>#,##0</c>), all
/// date-formatted numbers a date column, all TRUE/FALSE a flag column; a column that mixes kinds
/// is read as text, so nothing a user typed is lost. A row without any value is skipped; a column
/// without any value reads as text. Formulas are read by their cached result.
/// </remarks>
public static class ExcelTables
{
    private const int MaxSheetName = 31;
    private const uint IntegerStyle = 1;
    private const uint DateStyle = 2;
    private const uint HeaderStyle = 3;
    private static readonly LocalDate ExcelEpoch = new(1899, 12, 30);

    /// <summary>Writes the tables to <paramref name="stream"/> as one workbook, a worksheet per table in order.</summary>
    /// <param name="tables">The tables; their names become sheet names (at most 31 characters, made unique).</param>
    /// <param name="stream">A writable stream; left open.</param>
    public static void Write(IEnumerable<Table> tables, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(stream);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint id = 0;
        foreach (var table in tables)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(Data(table));
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++id, Name = SheetName(table.Name, used) });
        }

        workbook.Workbook.Save();
    }

    /// <summary>Writes the tables to the workbook at <paramref name="path"/>, atomically (complete or not at all).</summary>
    /// <param name="tables">The tables, a worksheet each.</param>
    /// <param name="path">The file; replaced if it exists.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(IEnumerable<Table> tables, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var buffer = new MemoryStream();
        Write(tables, buffer);
        AtomicFile.Write(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads every non-empty worksheet of a workbook as a table, in sheet order.</summary>
    /// <param name="stream">A readable, seekable stream holding an .xlsx workbook; left open.</param>
    /// <param name="source">The file name, for messages such as <c>meting.xlsx:metingen!C7</c>.</param>
    /// <exception cref="WijkaanpakModelException">The stream is not an .xlsx workbook, or a sheet's header row has an empty or repeated name; every problem is listed.</exception>
    public static IReadOnlyList<Table> Read(Stream stream, string source = "tables.xlsx")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw new WijkaanpakModelException(source, [new ModelProblem(source, $"Not an Excel workbook (.xlsx): {e.Message}")]);
        }

        using (document)
        {
            var workbook = document.WorkbookPart
                ?? throw new WijkaanpakModelException(source, [new ModelProblem(source, "The file has no workbook part; is it an .xlsx workbook?")]);
            var reader = new SheetReader(workbook, source);
            var tables = new List<Table>();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is { } partId && workbook.GetPartById(partId) is WorksheetPart part && reader.Read(sheet.Name?.Value ?? "sheet", part) is { } table)
                {
                    tables.Add(table);
                }
            }

            return reader.Problems.Count > 0 ? throw new WijkaanpakModelException(source, reader.Problems) : tables;
        }
    }

    /// <summary>Reads the workbook at <paramref name="path"/>; see <see cref="Read(Stream, string)"/>.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <exception cref="WijkaanpakModelException">The file is not an .xlsx workbook or a header row is invalid.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static IReadOnlyList<Table> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>The Excel column letters of a 0-based column index: 0 is A, 26 is AA.</summary>
    internal static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static SheetData Data(Table table)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < table.Columns.Length; c++)
        {
            header.Append(TextCell(Reference(c, 1), table.Columns[c].Name, HeaderStyle));
        }

        data.Append(header);
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var index = (uint)(r + 2);
            var row = new Row { RowIndex = index };
            for (var c = 0; c < table.Columns.Length; c++)
            {
                var reference = Reference(c, index);
                switch (table.Rows[r][c])
                {
                    case null:
                        break;
                    case string s:
                        row.Append(TextCell(reference, s, null));
                        break;
                    case double d:
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)) });
                        break;
                    case long l:
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(l.ToString(CultureInfo.InvariantCulture)), StyleIndex = IntegerStyle });
                        break;
                    case LocalDate date:
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(Period.Between(ExcelEpoch, date, PeriodUnits.Days).Days.ToString(CultureInfo.InvariantCulture)), StyleIndex = DateStyle });
                        break;
                    case bool b:
                        row.Append(new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") });
                        break;
                }
            }

            data.Append(row);
        }

        return data;
    }

    private static Cell TextCell(string reference, string text, uint? style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style is { } s ? s : null,
    };

    private static string Reference(int column, uint row) => ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string SheetName(string tableName, HashSet<string> used)
    {
        var clean = new string([.. tableName.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '-' : c)]).Trim('\'');
        clean = clean.Length == 0 ? "table" : clean;
        var name = clean.Length > MaxSheetName ? clean[..MaxSheetName] : clean;
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
            name = (clean.Length + suffix.Length > MaxSheetName ? clean[..(MaxSheetName - suffix.Length)] : clean) + suffix;
        }

        return name;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true })
        { Count = 4 });

    /// <summary>Reads worksheets into tables, collecting every header problem of the workbook.</summary>
    private sealed class SheetReader(WorkbookPart workbook, string source)
    {
        private readonly string[] _shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        private readonly CellFormat[] _formats = workbook.WorkbookStylesPart?.Stylesheet?.CellFormats?.Elements<CellFormat>().ToArray() ?? [];
        private readonly Dictionary<uint, string> _customFormats = workbook.WorkbookStylesPart?.Stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? [];

        private enum Kind
        {
            Text,
            Number,
            Integer,
            Date,
            Flag,
        }

        public List<ModelProblem> Problems { get; } = [];

        public Table? Read(string sheetName, WorksheetPart part)
        {
            var cells = new SortedDictionary<uint, SortedDictionary<int, (Kind Kind, object Value)>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var rowIndex = row.RowIndex?.Value ?? (cells.Count == 0 ? 1u : cells.Keys.Max() + 1);
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column;
                    if (Value(cell) is { } value)
                    {
                        if (!cells.TryGetValue(rowIndex, out var line))
                        {
                            cells[rowIndex] = line = [];
                        }

                        line[column] = value;
                    }

                    column++;
                }
            }

            if (cells.Count == 0)
            {
                return null;
            }

            var headerRow = cells.First();
            var width = headerRow.Value.Keys.Max() + 1;
            var columns = new List<(string Name, int Index)>();
            var problemsBefore = Problems.Count;
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var c = 0; c < width; c++)
            {
                var at = $"{source}:{sheetName}!{ColumnLetters(c)}{headerRow.Key}";
                if (!headerRow.Value.TryGetValue(c, out var name) || name.Kind != Kind.Text || string.IsNullOrWhiteSpace((string)name.Value))
                {
                    if (cells.Skip(1).Any(r => r.Value.ContainsKey(c)))
                    {
                        Problems.Add(new ModelProblem(at, "This column holds values but no column name in the header row.") { Line = headerRow.Key, Column = c + 1 });
                    }

                    continue;
                }

                var text = ((string)name.Value).Trim();
                if (!names.Add(text))
                {
                    Problems.Add(new ModelProblem(at, $"The column name '{text}' appears more than once.") { Line = headerRow.Key, Column = c + 1 });
                    continue;
                }

                columns.Add((text, c));
            }

            if (Problems.Count > problemsBefore)
            {
                return null;
            }

            var body = cells.Skip(1).Select(r => r.Value).ToList();
            var types = columns.Select(c => TypeOf(body.Where(r => r.ContainsKey(c.Index)).Select(r => r[c.Index].Kind).Distinct().ToList())).ToArray();
            var rows = body.Select(r => (IReadOnlyList<object?>)columns.Select((c, i) => r.TryGetValue(c.Index, out var v) ? Convert(v, types[i]) : null).ToArray());
            return new Table(sheetName, columns.Select((c, i) => new TableColumn(c.Name, types[i])), rows);
        }

        private static ColumnType TypeOf(List<Kind> kinds) => kinds switch
        {
            [] => ColumnType.Text,
            [Kind.Number] or [Kind.Number, Kind.Integer] or [Kind.Integer, Kind.Number] => ColumnType.Number,
            [Kind.Integer] => ColumnType.Integer,
            [Kind.Date] => ColumnType.Date,
            [Kind.Flag] => ColumnType.Flag,
            _ => ColumnType.Text,
        };

        private static object Convert((Kind Kind, object Value) cell, ColumnType type) => (cell.Kind, type) switch
        {
            (_, ColumnType.Text) when cell.Value is string s => s,
            (_, ColumnType.Text) => TableWriter.Format(cell.Value, null),
            (Kind.Integer, ColumnType.Number) => (double)(long)cell.Value,
            _ => cell.Value,
        };

        private static int ColumnIndex(string reference)
        {
            var index = 0;
            foreach (var c in reference)
            {
                if (c is < 'A' or > 'Z')
                {
                    break;
                }

                index = (index * 26) + (c - 'A' + 1);
            }

            return index - 1;
        }

        private (Kind, object)? Value(Cell cell)
        {
            var raw = cell.CellValue?.Text;
            var type = cell.DataType?.Value;
            if (type == CellValues.InlineString)
            {
                return cell.InlineString?.InnerText is { Length: > 0 } inline ? (Kind.Text, inline) : null;
            }

            if (string.IsNullOrEmpty(raw))
            {
                return null;
            }

            if (type == CellValues.SharedString)
            {
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _shared.Length && _shared[i].Length > 0 ? (Kind.Text, _shared[i]) : null;
            }

            if (type == CellValues.String || type == CellValues.Error)
            {
                return (Kind.Text, raw);
            }

            if (type == CellValues.Boolean)
            {
                return (Kind.Flag, raw == "1");
            }

            if (type == CellValues.Date)
            {
                return LocalDateConverter.TryParse(raw.Length >= 10 ? raw[..10] : raw, out var iso) ? (Kind.Date, iso) : (Kind.Text, raw);
            }

            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                return (Kind.Text, raw);
            }

            var format = cell.StyleIndex?.Value is { } style && style < _formats.Length ? _formats[style].NumberFormatId?.Value ?? 0 : 0;
            if (IsDateFormat(format) && number >= 1 && number == Math.Floor(number) && number < 2958466)
            {
                return (Kind.Date, ExcelEpoch.PlusDays((int)number));
            }

            return format is 1 or 3 && number == Math.Floor(number) && Math.Abs(number) < 9e15 ? (Kind.Integer, (object)(long)number) : (Kind.Number, number);
        }

        private bool IsDateFormat(uint format)
        {
            if (format is (>= 14 and <= 17) or 22)
            {
                return true;
            }

            if (!_customFormats.TryGetValue(format, out var code))
            {
                return false;
            }

            var plain = new string([.. code.Where(char.IsLetter)]).ToLowerInvariant();
            return plain.Contains('y', StringComparison.Ordinal) || (plain.Contains('d', StringComparison.Ordinal) && plain.Contains('m', StringComparison.Ordinal));
        }
    }
}
