namespace Wijkaanpak.Core.Tables;

/// <summary>The text forms a <see cref="Table"/> can be written in by <see cref="TableWriter"/> (*uitvoerformaat*); Excel and Parquet have their own writers.</summary>
public enum TableFormat
{
    /// <summary>Aligned plain text for a terminal, numbers in each column's display format.</summary>
    Text,

    /// <summary>RFC 4180 CSV with a header row; numbers in round-trip form, dates as yyyy-MM-dd; delimiter and decimal separator from a <see cref="Serialization.CsvDialect"/>.</summary>
    Csv,

    /// <summary>A GitHub-flavoured Markdown table, numbers in each column's display format.</summary>
    Markdown,

    /// <summary>JSON: per table its name, its columns with their types, and an object per row keyed by column name; numbers as JSON numbers in round-trip form.</summary>
    Json,
}
