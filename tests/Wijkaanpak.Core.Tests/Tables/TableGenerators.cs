using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wijkaanpak.Core.Tables;

namespace Wijkaanpak.Core.Tests.Tables;

/// <summary>Random typed tables: one to six columns of every type, up to 40 rows, missing cells, text with spaces, quotes and Dutch letters.</summary>
internal static class TableGenerators
{
    private const string Letters = " abcXYZ;,\"'éëĳ0123456789-";

    private static readonly ColumnType[] Types = Enum.GetValues<ColumnType>();

    /// <summary>
    /// Tables whose first row has a value in every column, whose first column has a value in every row and whose text cells are
    /// not empty: so every column's type shows in its cells and no row is empty (a workbook reader skips empty rows).
    /// </summary>
    public static Arbitrary<Table> Tables() => Arb.From(
        from types in Gen.ArrayOf(Gen.Elements(Types)).Where(t => t.Length is > 0 and <= 6)
        from rows in Gen.Choose(1, 40)
        from cells in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, int.MaxValue), types.Length), rows)
        select Build(types, cells));

    /// <summary>The rows and columns of two tables, compared cell by cell (names and types of columns, values of cells).</summary>
    public static bool SameContent(Table expected, Table actual) =>
        expected.Columns.Select(c => (c.Name, c.Type)).SequenceEqual(actual.Columns.Select(c => (c.Name, c.Type)))
        && expected.Rows.Length == actual.Rows.Length
        && expected.Rows.Zip(actual.Rows).All(pair => pair.First.SequenceEqual(pair.Second));

    private static Table Build(ColumnType[] types, int[][] seeds) => new(
        "random",
        types.Select((t, i) => new TableColumn($"c{i}-{t}", t)),
        seeds.Select((row, r) => (IReadOnlyList<object?>)row.Select((seed, c) => Cell(types[c], seed, r == 0 || c == 0)).ToArray()));

    private static object? Cell(ColumnType type, int seed, bool required)
    {
        if (!required && seed % 5 == 0)
        {
            return null;
        }

        var random = new Random(seed);
        return type switch
        {
            ColumnType.Text => string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Letters[random.Next(Letters.Length)])).Trim() is { Length: > 0 } s ? s : "x",
            ColumnType.Number => Math.Round((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 9)), random.Next(0, 12)),
            ColumnType.Integer => (long)random.Next(-1_000_000, 1_000_000) * random.Next(1, 1000),
            ColumnType.Date => new LocalDate(1950, 1, 1).PlusDays(random.Next(0, 55_000)),
            _ => random.Next(2) == 1,
        };
    }
}
