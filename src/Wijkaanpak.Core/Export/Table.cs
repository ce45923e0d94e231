using System.Collections.Immutable;
using NodaTime;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// A tidy table (*tabel*, long format): named columns and rows of cells, one observation per row,
/// ready to be written as text, CSV, Markdown or JSON by <see cref="TableWriter"/>. Analyses in
/// every room turn their typed results into tables so that data teams get the same shape
/// everywhere.
/// </summary>
/// <remarks>
/// A cell is <c>null</c> (missing), a <see cref="string"/>, a <see cref="bool"/>, an
/// <see cref="int"/>, a <see cref="long"/>, a <see cref="double"/>, a <see cref="decimal"/> or a
/// NodaTime <see cref="LocalDate"/>; anything else is written with its invariant
/// <see cref="object.ToString"/>. Immutable once built.
/// </remarks>
public sealed class Table
{
    /// <summary>Creates a table; every row must have one cell per column.</summary>
    /// <param name="name">Name of the table, e.g. <c>indicator-status</c>.</param>
    /// <param name="columns">The columns, in order.</param>
    /// <param name="rows">The rows, in order.</param>
    /// <exception cref="ArgumentException">A row has a different number of cells than there are columns, or two columns share a name.</exception>
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

            builder.Add([.. row]);
        }

        Rows = builder.ToImmutable();
    }

    /// <summary>Name of the table.</summary>
    public string Name { get; }

    /// <summary>The columns, in order.</summary>
    public ImmutableArray<TableColumn> Columns { get; }

    /// <summary>The rows, in order; each has one cell per column.</summary>
    public ImmutableArray<ImmutableArray<object?>> Rows { get; }
}
