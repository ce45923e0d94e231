using System.Globalization;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tables;

/// <summary>
/// Measurements (*metingen*) as a typed tidy table with the columns of <see cref="MeasurementCsv"/>,
/// so they go to and come from Excel (<see cref="ExcelTables"/>) and Parquet (<see cref="ParquetTables"/>)
/// as well as CSV. Reading a table applies exactly the rules of the CSV reader (same columns, same
/// checks, every bad row reported), because it goes through it.
/// </summary>
public static class MeasurementTables
{
    /// <summary>The measurements as the table <c>measurements</c>: area, indicator (text), date, value, numerator, denominator (numbers), sampleSize (integer), source, qualifier (text).</summary>
    /// <param name="measurements">The measurements, in the order of the rows.</param>
    public static Table ToTable(IEnumerable<Measurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        return new Table(
            "measurements",
            [
                TableColumn.Text("area"), TableColumn.Text("indicator"), TableColumn.Date("date"), TableColumn.Number("value"),
                TableColumn.Number("numerator"), TableColumn.Number("denominator"), TableColumn.Integer("sampleSize"),
                TableColumn.Text("source"), TableColumn.Text("qualifier"),
            ],
            measurements.Select(m => (IReadOnlyList<object?>)
            [
                m.AreaId.Value, m.IndicatorId.Value, m.Date, m.Value, m.Numerator, m.Denominator, m.SampleSize, m.Source,
                StrictEnumConverter<MeasurementQualifier>.NameOf(m.Qualifier),
            ]));
    }

    /// <summary>
    /// Reads measurements from a table with the columns of <see cref="MeasurementCsv.Columns"/> (any order, optional ones may be
    /// absent), e.g. a worksheet or a Parquet file. Problems name the table row as a line, the header being line 1.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="source">The file (and sheet) it came from, for messages.</param>
    /// <exception cref="WijkaanpakModelException">A column is unknown or missing, or a row is invalid; every problem is listed.</exception>
    public static IReadOnlyList<Measurement> FromTable(Table table, string source = "measurements")
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(source);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        TableWriter.Write(table, text, TableFormat.Csv, CsvDialect.Invariant);
        return MeasurementCsv.Read(new StringReader(text.ToString()), source);
    }
}
