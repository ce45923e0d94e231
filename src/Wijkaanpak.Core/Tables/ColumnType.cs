namespace Wijkaanpak.Core.Tables;

/// <summary>
/// What a <see cref="TableColumn"/> holds (*kolomtype*). Every cell of a column is missing or a value
/// of this one type, so CSV, JSON, Excel and Parquet readers (DuckDB, pandas, R) see a typed column.
/// </summary>
public enum ColumnType
{
    /// <summary>Text (*tekst*): ids, names, categories; cells are <see cref="string"/>.</summary>
    Text,

    /// <summary>A real number (*getal*): values, shares, amounts; cells are finite <see cref="double"/>s.</summary>
    Number,

    /// <summary>A whole number (*geheel getal*): counts, years, positions; cells are <see cref="long"/>s.</summary>
    Integer,

    /// <summary>A calendar date (*datum*) without time of day; cells are NodaTime <see cref="NodaTime.LocalDate"/>s.</summary>
    Date,

    /// <summary>Yes or no (*ja/nee*); cells are <see cref="bool"/>s.</summary>
    Flag,
}
