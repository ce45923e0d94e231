namespace Wijkaanpak.Core.Tables;

/// <summary>A column of a <see cref="Table"/> (*kolom*): its name, the type of its cells and how its numbers are shown to people.</summary>
/// <param name="Name">The column name, used as CSV header, JSON property name and Parquet field name; by convention camelCase.</param>
/// <param name="Type">The type every cell of the column has (or is missing).</param>
/// <param name="DisplayFormat">
/// A .NET numeric format (e.g. <c>0.##</c>, <c>0.0%</c>) for numbers in text and Markdown; absent means round-trip.
/// CSV, JSON, Excel and Parquet always keep the full value so that nothing is lost.
/// </param>
public sealed record TableColumn(string Name, ColumnType Type, string? DisplayFormat = null)
{
    /// <summary>A text column.</summary>
    /// <param name="name">The column name.</param>
    public static TableColumn Text(string name) => new(name, ColumnType.Text);

    /// <summary>A column of real numbers.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="displayFormat">The .NET numeric format for text and Markdown, e.g. <c>0.0</c>; absent means round-trip.</param>
    public static TableColumn Number(string name, string? displayFormat = null) => new(name, ColumnType.Number, displayFormat);

    /// <summary>A column of whole numbers.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="displayFormat">The .NET numeric format for text and Markdown, e.g. <c>#,##0</c>; absent means plain digits.</param>
    public static TableColumn Integer(string name, string? displayFormat = null) => new(name, ColumnType.Integer, displayFormat);

    /// <summary>A column of calendar dates, written yyyy-MM-dd.</summary>
    /// <param name="name">The column name.</param>
    public static TableColumn Date(string name) => new(name, ColumnType.Date);

    /// <summary>A column of yes/no values.</summary>
    /// <param name="name">The column name.</param>
    public static TableColumn Flag(string name) => new(name, ColumnType.Flag);
}
