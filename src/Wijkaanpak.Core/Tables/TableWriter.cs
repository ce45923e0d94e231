using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tables;

/// <summary>
/// Writes <see cref="Table"/>s as aligned text, CSV, Markdown or JSON (*tabellen wegschrijven*).
/// Output is deterministic: the same tables give the same bytes. CSV follows a
/// <see cref="CsvDialect"/> (by default <see cref="CsvDialect.Invariant"/>); the other forms are culture-invariant.
/// </summary>
/// <remarks>
/// Several tables in one stream: text and Markdown give each a heading; CSV writes each as a
/// line <c># name</c>, the header, the rows and a blank line; JSON writes one object
/// <c>{"tables":[{"name":…,"columns":[{"name":…,"type":…}],"rows":[{…}]}]}</c> with the column types
/// <c>text</c>, <c>number</c>, <c>integer</c>, <c>date</c> and <c>flag</c>. Missing cells are empty
/// (JSON <c>null</c>); flags are <c>true</c>/<c>false</c>.
/// </remarks>
public static class TableWriter
{
    /// <summary>Writes the tables to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    /// <param name="tables">The tables, in order.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="format">The text form.</param>
    /// <param name="dialect">For CSV: delimiter and decimal separator; default <see cref="CsvDialect.Invariant"/>.</param>
    /// <exception cref="ArgumentException">The dialect is not valid (<see cref="CsvDialect.Validate"/>).</exception>
    public static void Write(IEnumerable<Table> tables, TextWriter writer, TableFormat format, CsvDialect? dialect = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(writer);
        dialect ??= CsvDialect.Invariant;
        dialect.Validate();
        var list = tables.ToList();
        switch (format)
        {
            case TableFormat.Json:
                WriteJson(list, writer);
                break;
            case TableFormat.Csv:
                foreach (var table in list)
                {
                    writer.Write("# ");
                    writer.Write(table.Name);
                    writer.Write('\n');
                    WriteCsv(table, writer, dialect);
                    writer.Write('\n');
                }

                break;
            case TableFormat.Markdown:
                foreach (var table in list)
                {
                    writer.Write("## ");
                    writer.Write(table.Name);
                    writer.Write("\n\n");
                    WriteMarkdown(table, writer);
                    writer.Write('\n');
                }

                break;
            default:
                foreach (var table in list)
                {
                    writer.Write(table.Name);
                    writer.Write('\n');
                    WriteText(table, writer);
                    writer.Write('\n');
                }

                break;
        }
    }

    /// <summary>Writes one table to <paramref name="writer"/> in <paramref name="format"/>, without a heading for CSV, Markdown and text.</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="format">The text form.</param>
    /// <param name="dialect">For CSV: delimiter and decimal separator; default <see cref="CsvDialect.Invariant"/>.</param>
    /// <exception cref="ArgumentException">The dialect is not valid (<see cref="CsvDialect.Validate"/>).</exception>
    public static void Write(Table table, TextWriter writer, TableFormat format, CsvDialect? dialect = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        dialect ??= CsvDialect.Invariant;
        dialect.Validate();
        switch (format)
        {
            case TableFormat.Json:
                WriteJson([table], writer);
                break;
            case TableFormat.Csv:
                WriteCsv(table, writer, dialect);
                break;
            case TableFormat.Markdown:
                WriteMarkdown(table, writer);
                break;
            default:
                WriteText(table, writer);
                break;
        }
    }

    /// <summary>The tables as one string in <paramref name="format"/>.</summary>
    /// <param name="tables">The tables, in order.</param>
    /// <param name="format">The text form.</param>
    /// <param name="dialect">For CSV: delimiter and decimal separator; default <see cref="CsvDialect.Invariant"/>.</param>
    /// <exception cref="ArgumentException">The dialect is not valid (<see cref="CsvDialect.Validate"/>).</exception>
    public static string ToString(IEnumerable<Table> tables, TableFormat format, CsvDialect? dialect = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(tables, writer, format, dialect);
        return writer.ToString();
    }

    private static void WriteCsv(Table table, TextWriter writer, CsvDialect dialect)
    {
        writer.Write(string.Join(dialect.Delimiter, table.Columns.Select(c => CsvEscape(c.Name, dialect.Delimiter))));
        writer.Write('\n');
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(dialect.Delimiter);
                }

                var cell = row[i] switch
                {
                    double d => dialect.FormatNumber(d),
                    string text => CsvCell.Neutralise(text),
                    var other => Format(other, null),
                };
                writer.Write(CsvEscape(cell, dialect.Delimiter));
            }

            writer.Write('\n');
        }
    }

    private static void WriteMarkdown(Table table, TextWriter writer)
    {
        writer.Write("| ");
        writer.Write(string.Join(" | ", table.Columns.Select(c => MarkdownEscape(c.Name))));
        writer.Write(" |\n|");
        foreach (var column in table.Columns)
        {
            writer.Write(IsNumeric(column) ? "---:|" : "---|");
        }

        writer.Write('\n');
        foreach (var row in table.Rows)
        {
            writer.Write("| ");
            writer.Write(string.Join(" | ", row.Select((cell, i) => IsNumeric(table.Columns[i]) ? Format(cell, table.Columns[i].DisplayFormat) : MarkdownEscape(Format(cell, table.Columns[i].DisplayFormat)))));
            writer.Write(" |\n");
        }
    }

    private static void WriteText(Table table, TextWriter writer)
    {
        var cells = table.Rows.Select(r => r.Select((cell, i) => Format(cell, table.Columns[i].DisplayFormat)).ToArray()).ToList();
        var widths = table.Columns.Select((c, i) => Math.Max(c.Name.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        var numeric = table.Columns.Select(IsNumeric).ToArray();
        WriteTextLine(writer, table.Columns.Select(c => c.Name).ToArray(), widths, new bool[widths.Length]);
        WriteTextLine(writer, widths.Select(w => new string('-', w)).ToArray(), widths, new bool[widths.Length]);
        foreach (var row in cells)
        {
            WriteTextLine(writer, row, widths, numeric);
        }
    }

    private static void WriteTextLine(TextWriter writer, string[] cells, int[] widths, bool[] alignRight)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(alignRight[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        writer.Write(line.ToString().TrimEnd());
        writer.Write('\n');
    }

    private static void WriteJson(IReadOnlyList<Table> tables, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("tables");
            foreach (var table in tables)
            {
                json.WriteStartObject();
                json.WriteString("name", table.Name);
                json.WriteStartArray("columns");
                foreach (var column in table.Columns)
                {
                    json.WriteStartObject();
                    json.WriteString("name", column.Name);
                    json.WriteString("type", TypeName(column.Type));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("rows");
                foreach (var row in table.Rows)
                {
                    json.WriteStartObject();
                    for (var i = 0; i < row.Length; i++)
                    {
                        json.WritePropertyName(table.Columns[i].Name);
                        WriteJsonValue(json, row[i]);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n"));
        writer.Write('\n');
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? cell)
    {
        switch (cell)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            default:
                json.WriteStringValue(Format(cell, null));
                break;
        }
    }

    /// <summary>The name of a column type in JSON and documentation: <c>text</c>, <c>number</c>, <c>integer</c>, <c>date</c>, <c>flag</c>.</summary>
    internal static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Number => "number",
        ColumnType.Integer => "integer",
        ColumnType.Date => "date",
        ColumnType.Flag => "flag",
        _ => "text",
    };

    private static bool IsNumeric(TableColumn column) => column.Type is ColumnType.Number or ColumnType.Integer;

    /// <summary>
    /// The cell at <paramref name="row"/>, <paramref name="column"/> as the text and Markdown forms
    /// show it: invariant, numbers in the column's display format, dates as yyyy-MM-dd, missing as empty.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="row">The row index.</param>
    /// <param name="column">The column index.</param>
    public static string DisplayText(Table table, int row, int column)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Format(table.Rows[row][column], table.Columns[column].DisplayFormat);
    }

    /// <summary>A cell as invariant text: round-trip numbers unless a display format is given.</summary>
    internal static string Format(object? cell, string? displayFormat) => cell switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(displayFormat, CultureInfo.InvariantCulture),
        double d => d.ToString(displayFormat ?? "R", CultureInfo.InvariantCulture),
        LocalDate date => LocalDatePattern.Iso.Format(date),
        _ => throw new InvalidOperationException($"A table cell of type {cell.GetType().Name}; Table stores only string, double, long, LocalDate and bool."),
    };

    private static string CsvEscape(string text, char delimiter) =>
        text.Contains(delimiter, StringComparison.Ordinal) || text.AsSpan().IndexOfAny("\"\n\r") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;

    private static string MarkdownEscape(string text) => MarkdownText.Escape(text);
}
