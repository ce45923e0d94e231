using NodaTime;
using Parquet;
using Parquet.Schema;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tables;

/// <summary>
/// Writes and reads <see cref="Table"/>s as Apache Parquet (*Parquet-bestanden*), the columnar file
/// form that DuckDB, pandas, Polars, R (arrow) and Spark read directly. A table becomes one file with
/// one typed, nullable column per table column: text as UTF-8 strings, numbers as 64-bit floats,
/// integers as 64-bit integers, dates as DATE and flags as booleans. The table name and the display
/// formats travel as key-value metadata, so a file written here reads back as an equal table.
/// </summary>
/// <remarks>
/// Reading accepts the flat files other tools write too: strings; float, double and decimal as
/// numbers; 8- to 64-bit integers as integers; DATE as dates; booleans as flags. Nested, repeated and
/// timestamp columns are refused with a <see cref="WijkaanpakModelException"/> naming the column.
/// </remarks>
public static class ParquetTables
{
    private const string NameKey = "wijkaanpak.table";
    private const string FormatKeyPrefix = "wijkaanpak.format.";

    /// <summary>Writes <paramref name="table"/> to <paramref name="stream"/> as one Parquet file (one row group).</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">A writable, seekable stream; left open.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    public static async Task WriteAsync(Table table, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        var fields = table.Columns.Select(Field).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [NameKey] = table.Name };
        foreach (var column in table.Columns.Where(c => c.DisplayFormat is not null))
        {
            metadata[FormatKeyPrefix + column.Name] = column.DisplayFormat!;
        }

        writer.CustomMetadata = metadata;
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var cells = table.Rows.Select(r => r[i]);
            switch (table.Columns[i].Type)
            {
                case ColumnType.Number:
                    await group.WriteAsync<double>(field, cells.Select(c => (double?)c).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Integer:
                    await group.WriteAsync<long>(field, cells.Select(c => (long?)c).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Date:
                    await group.WriteAsync<DateOnly>(field, cells.Select(c => c is LocalDate d ? d.ToDateOnly() : (DateOnly?)null).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Flag:
                    await group.WriteAsync<bool>(field, cells.Select(c => (bool?)c).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync(field, cells.Select(c => (string?)c).ToArray()!).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>Writes <paramref name="table"/> to the Parquet file at <paramref name="path"/>, atomically (complete or not at all).</summary>
    /// <param name="table">The table.</param>
    /// <param name="path">The file; replaced if it exists.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static async Task WriteFileAsync(Table table, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var buffer = new MemoryStream();
        await WriteAsync(table, buffer, cancellationToken).ConfigureAwait(false);
        AtomicFile.Write(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads a Parquet file (all row groups, in order) as a table.</summary>
    /// <param name="stream">A readable, seekable stream holding one Parquet file; left open.</param>
    /// <param name="source">The file name, for messages and as the table name when the file carries none.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="WijkaanpakModelException">The stream is not a Parquet file, or a column is nested, repeated or of an unsupported type.</exception>
    public static async Task<Table> ReadAsync(Stream stream, string source = "table.parquet", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, leaveStreamOpen: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw Problem(source, $"Not a readable Parquet file: {e.Message}");
        }

        await using (reader.ConfigureAwait(false))
        {
            var nested = reader.Schema.Fields.FirstOrDefault(f => f is not DataField || f.MaxRepetitionLevel > 0);
            if (nested is not null)
            {
                throw Problem(source, $"Column '{nested.Name}' is nested or repeated; only flat columns can be read as a table.");
            }

            var fields = reader.Schema.GetDataFields();
            var metadata = reader.CustomMetadata ?? new Dictionary<string, string>();
            var columns = fields.Select(f => new TableColumn(f.Name, TypeOf(f, source), metadata.GetValueOrDefault(FormatKeyPrefix + f.Name))).ToArray();
            var rows = new List<object?[]>();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = checked((int)group.RowCount);
                var first = rows.Count;
                rows.AddRange(Enumerable.Range(0, count).Select(_ => new object?[fields.Length]));
                for (var c = 0; c < fields.Length; c++)
                {
                    var values = await ReadColumnAsync(group, fields[c], count, cancellationToken).ConfigureAwait(false);
                    for (var r = 0; r < count; r++)
                    {
                        rows[first + r][c] = values[r];
                    }
                }
            }

            var name = metadata.GetValueOrDefault(NameKey) is { Length: > 0 } stored ? stored : Path.GetFileNameWithoutExtension(source);
            return new Table(string.IsNullOrWhiteSpace(name) ? "table" : name, columns, rows);
        }
    }

    /// <summary>Reads the Parquet file at <paramref name="path"/> as a table.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="WijkaanpakModelException">The file is not a Parquet file, or a column is nested, repeated or of an unsupported type.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static async Task<Table> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return await ReadAsync(stream, Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
    }

    private static DataField Field(TableColumn column) => column.Type switch
    {
        ColumnType.Number => new DataField<double?>(column.Name),
        ColumnType.Integer => new DataField<long?>(column.Name),
        ColumnType.Date => new DataField<DateOnly?>(column.Name),
        ColumnType.Flag => new DataField<bool?>(column.Name),
        _ => new DataField<string>(column.Name, nullable: true),
    };

    private static ColumnType TypeOf(DataField field, string source) => field.ClrType switch
    {
        var t when IsText(t) => ColumnType.Text,
        var t when t == typeof(double) || t == typeof(float) || t == typeof(decimal) => ColumnType.Number,
        var t when t == typeof(long) || t == typeof(int) || t == typeof(short) || t == typeof(sbyte)
            || t == typeof(byte) || t == typeof(ushort) || t == typeof(uint) => ColumnType.Integer,
        var t when t == typeof(DateOnly) => ColumnType.Date,
        var t when t == typeof(bool) => ColumnType.Flag,
        var t => throw Problem(source, $"Column '{field.Name}' holds {t.Name} values; a table column holds text, numbers, integers, dates (not timestamps) or flags."),
    };

    private static bool IsText(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    private static async Task<object?[]> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
    {
        var t = field.ClrType;
        if (IsText(t))
        {
            var text = new string?[count];
            await group.ReadAsync(field, text.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            return [.. text];
        }

        return t switch
        {
            _ when t == typeof(double) => await ReadAsync<double>(group, field, count, v => v, cancellationToken).ConfigureAwait(false),
            _ when t == typeof(float) => await ReadAsync<float>(group, field, count, v => (double)v, cancellationToken).ConfigureAwait(false),
            _ when t == typeof(decimal) => await ReadAsync<decimal>(group, field, count, v => (double)v, cancellationToken).ConfigureAwait(false),
            _ when t == typeof(long) => await ReadAsync<long>(group, field, count, v => v, cancellationToken).ConfigureAwait(false),
            _ when t == typeof(int) => await ReadAsync<int>(group, field, count, v => (long)v, cancellationToken).ConfigureAwait(false),
            _ when t == typeof(short) => await ReadAsync<short>(group, field, count, v => (long)v, cancellationToken).ConfigureAwait(false),
            _ when t == typeof(sbyte) => await ReadAsync<sbyte>(group, field, count, v => (long)v, cancellationToken).ConfigureAwait(false),
            _ when t == typeof(byte) => await ReadAsync<byte>(group, field, count, v => (long)v, cancellationToken).ConfigureAwait(false),
            _ when t == typeof(ushort) => await ReadAsync<ushort>(group, field, count, v => (long)v, cancellationToken).ConfigureAwait(false),
            _ when t == typeof(uint) => await ReadAsync<uint>(group, field, count, v => (long)v, cancellationToken).ConfigureAwait(false),
            _ when t == typeof(DateOnly) => await ReadAsync<DateOnly>(group, field, count, v => LocalDate.FromDateOnly(v), cancellationToken).ConfigureAwait(false),
            _ => await ReadAsync<bool>(group, field, count, v => v, cancellationToken).ConfigureAwait(false),
        };
    }

    private static async Task<object?[]> ReadAsync<T>(ParquetRowGroupReader group, DataField field, int count, Func<T, object> convert, CancellationToken cancellationToken)
        where T : struct
    {
        if (field.IsNullable)
        {
            var values = new T?[count];
            await group.ReadAsync(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            return [.. values.Select(v => v is { } x ? convert(x) : null)];
        }

        var plain = new T[count];
        await group.ReadAsync(field, plain.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        return [.. plain.Select(v => (object?)convert(v))];
    }

    private static WijkaanpakModelException Problem(string source, string message) =>
        new(source, [new ModelProblem(source, message)]);
}
