using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Wijkaanpak.Core.Tables;

/// <summary>
/// A tidy table (*tabel*, long format): named, typed columns and rows of cells, one observation per
/// row. Analyses in every room turn their results into tables, so data teams get the same shape
/// everywhere and can write it as text, CSV, Markdown or JSON (<see cref="TableWriter"/>), Excel
/// (<see cref="ExcelTables"/>) or Apache Parquet (<see cref="ParquetTables"/>).
/// </summary>
/// <remarks>
/// Every cell is <c>null</c> (missing) or a value of its column's <see cref="ColumnType"/>:
/// <see cref="string"/> for text, <see cref="double"/> for numbers, <see cref="long"/> for integers,
/// NodaTime <see cref="LocalDate"/> for dates and <see cref="bool"/> for flags. The constructor
/// accepts the usual neighbours (an <see cref="int"/> or <see cref="decimal"/> for a number, an
/// <see cref="int"/> for an integer, a <see cref="DateOnly"/> for a date) and stores them as those
/// types; a number that is not finite is stored as missing. Immutable once built.
/// </remarks>
public sealed class Table
{
    /// <summary>Creates a table; every row must have one cell per column, each missing or of its column's type.</summary>
    /// <param name="name">Name of the table, e.g. <c>indicator-status</c>.</param>
    /// <param name="columns">The columns, in order.</param>
    /// <param name="rows">The rows, in order.</param>
    /// <exception cref="ArgumentException">
    /// Two columns share a name, a row has a different number of cells than there are columns, or a
    /// cell does not fit its column's type; the message names the table, row and column.
    /// </exception>
    public Table(string name, IEnumerable<TableColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Name = name;
        Columns = [.. columns];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            ArgumentNullException.ThrowIfNull(column, nameof(columns));
            if (string.IsNullOrWhiteSpace(column.Name))
            {
                throw new ArgumentException($"Table '{name}' has a column without a name.", nameof(columns));
            }

            if (!names.Add(column.Name))
            {
                throw new ArgumentException($"Table '{name}' has two columns named '{column.Name}'.", nameof(columns));
            }
        }

        var builder = ImmutableArray.CreateBuilder<ImmutableArray<object?>>();
        foreach (var row in rows)
        {
            if (row.Count != Columns.Length)
            {
                throw new ArgumentException($"Row {builder.Count} of table '{name}' has {row.Count} cells; the table has {Columns.Length} columns.", nameof(rows));
            }

            var cells = new object?[row.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Normalise(row[i], Columns[i]) is { } ok ? ok.Value : throw new ArgumentException(
                    $"Row {builder.Count} of table '{name}', column '{Columns[i].Name}': {Describe(row[i])} is not {Expected(Columns[i].Type)}.", nameof(rows));
            }

            builder.Add(ImmutableArray.Create(cells));
        }

        Rows = builder.ToImmutable();
    }

    /// <summary>Name of the table.</summary>
    public string Name { get; }

    /// <summary>The columns, in order.</summary>
    public ImmutableArray<TableColumn> Columns { get; }

    /// <summary>The rows, in order; each has one cell per column, missing or of the column's type.</summary>
    public ImmutableArray<ImmutableArray<object?>> Rows { get; }

    /// <summary>The position of the column named <paramref name="column"/>.</summary>
    /// <param name="column">The column name (exact, case-sensitive).</param>
    /// <exception cref="KeyNotFoundException">The table has no such column; the message lists the columns it has.</exception>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (string.Equals(Columns[i].Name, column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Table '{Name}' has no column '{column}'; its columns are {string.Join(", ", Columns.Select(c => c.Name))}.");
    }

    /// <summary>The cells of one column, top to bottom, as values of type <typeparamref name="T"/> (missing cells as <c>default</c>).</summary>
    /// <typeparam name="T">The cell type: <see cref="string"/>, <see cref="double"/>?, <see cref="long"/>?, <see cref="LocalDate"/>? or <see cref="bool"/>?.</typeparam>
    /// <param name="column">The column name.</param>
    /// <exception cref="KeyNotFoundException">The table has no such column.</exception>
    /// <exception cref="InvalidCastException">The column's cells are not of type <typeparamref name="T"/>.</exception>
    public IReadOnlyList<T?> Values<T>(string column)
    {
        var index = IndexOf(column);
        return [.. Rows.Select(r => r[index] is null ? default : (T)r[index]!)];
    }

    private static Box? Normalise(object? cell, TableColumn column) => (cell, column.Type) switch
    {
        (null, _) => new Box(null),
        (string s, ColumnType.Text) => new Box(s),
        (double d, ColumnType.Number) => new Box(double.IsFinite(d) ? d : null),
        (float f, ColumnType.Number) => new Box(float.IsFinite(f) ? (double)f : null),
        (int i, ColumnType.Number) => new Box((double)i),
        (long l, ColumnType.Number) => new Box((double)l),
        (decimal m, ColumnType.Number) => new Box((double)m),
        (int i, ColumnType.Integer) => new Box((long)i),
        (long l, ColumnType.Integer) => new Box(l),
        (short s, ColumnType.Integer) => new Box((long)s),
        (LocalDate date, ColumnType.Date) => new Box(date),
        (DateOnly date, ColumnType.Date) => new Box(LocalDate.FromDateOnly(date)),
        (bool b, ColumnType.Flag) => new Box(b),
        _ => null,
    };

    private static string Describe(object? cell) =>
        string.Create(CultureInfo.InvariantCulture, $"the {cell!.GetType().Name} '{cell}'");

    private static string Expected(ColumnType type) => type switch
    {
        ColumnType.Text => "text (a string)",
        ColumnType.Number => "a number (double, int, long or decimal)",
        ColumnType.Integer => "a whole number (int or long)",
        ColumnType.Date => "a date (LocalDate or DateOnly)",
        _ => "a flag (bool)",
    };

    /// <summary>A normalised cell, so that "missing" and "does not fit" can be told apart.</summary>
    private readonly record struct Box(object? Value);
}
