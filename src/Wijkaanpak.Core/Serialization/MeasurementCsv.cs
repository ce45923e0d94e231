using System.Globalization;
using CsvHelper;
using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Tables;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// Reads and writes measurements (*metingen*) as CSV in tidy long format: one row per indicator ×
/// area × date, with the columns <c>area, indicator, date, value, numerator, denominator,
/// sampleSize, source, qualifier</c>. ISO dates, qualifiers as in the JSON format. Reading detects the
/// <see cref="CsvDialect"/> (comma and decimal point, or the Dutch semicolon and decimal comma);
/// writing uses the invariant dialect unless told otherwise. A text cell beginning with =, +, -, @,
/// TAB or CR gets a leading quote against formula injection (taken off again on reading). Reading
/// is strict and complete: every bad row is reported with its line.
/// </summary>
public static class MeasurementCsv
{
    /// <summary>The columns, in the order they are written.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["area", "indicator", "date", "value", "numerator", "denominator", "sampleSize", "source", "qualifier"];

    private static readonly string[] Required = ["area", "indicator", "date", "value"];

    /// <summary>Reads measurements from CSV text with a header row, in the dialect <see cref="CsvDialect.Detect"/> finds.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name, for problem paths such as <c>measurements.csv:line 7</c>.</param>
    /// <exception cref="WijkaanpakModelException">A header or row is invalid; every problem is listed with its line.</exception>
    public static IReadOnlyList<Measurement> Read(TextReader reader, string source = "measurements.csv") => Read(reader, source, null);

    /// <summary>Reads measurements as <see cref="Read(TextReader, string)"/>, adding each one's line to <paramref name="lines"/> when given.</summary>
    internal static IReadOnlyList<Measurement> Read(TextReader reader, string source, List<long>? lines)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<ModelProblem>();
        var measurements = new List<Measurement>();
        var dialect = Detect(ref reader);
        using var csv = CsvReader.Create(reader, ReaderOptions(dialect), false);
        try
        {
            var header = csv.Headers?.ToArray() ?? [];
            if (header.Length == 0)
            {
                throw new WijkaanpakModelException(source, [new ModelProblem($"{source}:line 1", "The file is empty; expected a header row.") { Line = 1, Column = 1 }]);
            }

            CheckHeader(header, source, problems);
            while (csv.Read())
            {
                var line = csv.LineNumber;
                if (new Row(csv, header, source, problems, dialect).Measurement() is { } measurement)
                {
                    measurements.Add(measurement);
                    lines?.Add(line);
                }
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(new ModelProblem($"{source}:line {e.LineNumber}", $"Not valid CSV: {e.Message}") { Line = e.LineNumber });
        }

        return problems.Count > 0 ? throw new WijkaanpakModelException(source, problems) : measurements;
    }

    /// <summary>Reads the measurements CSV file at <paramref name="path"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <exception cref="WijkaanpakModelException">A header or row is invalid; every problem is listed with its line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<Measurement> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Writes measurements as CSV with a header row, in the given order, with "\n" line endings.</summary>
    /// <param name="measurements">The measurements.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="dialect">Delimiter and decimal separator; default <see cref="CsvDialect.Invariant"/>, <see cref="CsvDialect.Dutch"/> for Dutch Excel.</param>
    /// <exception cref="ArgumentException">The dialect is not valid (<see cref="CsvDialect.Validate"/>).</exception>
    public static void Write(IEnumerable<Measurement> measurements, TextWriter writer, CsvDialect? dialect = null)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(writer);
        dialect ??= CsvDialect.Invariant;
        dialect.Validate();
        using var csv = CsvWriter.Create(writer, WriterOptions(dialect), true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
        foreach (var m in measurements)
        {
            csv.WriteField(CsvCell.Neutralise(m.AreaId.Value));
            csv.WriteField(CsvCell.Neutralise(m.IndicatorId.Value));
            csv.WriteField(LocalDateConverter.Pattern.Format(m.Date));
            csv.WriteField(dialect.FormatNumber(m.Value));
            csv.WriteField(m.Numerator is { } n ? dialect.FormatNumber(n) : string.Empty);
            csv.WriteField(m.Denominator is { } d ? dialect.FormatNumber(d) : string.Empty);
            csv.WriteField(m.SampleSize?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            csv.WriteField(CsvCell.Neutralise(m.Source ?? string.Empty));
            csv.WriteField(StrictEnumConverter<MeasurementQualifier>.NameOf(m.Qualifier));
            csv.EndRecord();
        }
    }

    /// <summary>Writes measurements to <paramref name="path"/> atomically (temporary file, then moved).</summary>
    /// <param name="measurements">The measurements.</param>
    /// <param name="path">The file to write; replaced if it exists.</param>
    /// <param name="dialect">Delimiter and decimal separator; default <see cref="CsvDialect.Invariant"/>.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(IEnumerable<Measurement> measurements, string path, CsvDialect? dialect = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(measurements, text, dialect);
        AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Reads the whole text when it must be looked at to find its dialect, and hands back a reader over it.</summary>
    private static CsvDialect Detect(ref TextReader reader)
    {
        var text = reader.ReadToEnd();
        reader = new StringReader(text);
        return CsvDialect.Detect(text);
    }

    private static CsvReaderOptions ReaderOptions(CsvDialect dialect) => new()
    {
        Separator = dialect.Delimiter,
        HasHeader = true,
        TrackLineNumbers = true,
        TrimWhitespace = false,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static CsvWriterOptions WriterOptions(CsvDialect dialect) => new()
    {
        Separator = dialect.Delimiter,
        NewLine = "\n",
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static void CheckHeader(string[] header, string source, List<ModelProblem> problems)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (!Columns.Contains(header[i]))
            {
                problems.Add(new ModelProblem($"{source}:line 1", $"Unknown column '{header[i]}'; the columns are {string.Join(", ", Columns)}.") { Line = 1, Column = i + 1 });
            }
            else if (System.Array.IndexOf(header, header[i]) != i)
            {
                problems.Add(new ModelProblem($"{source}:line 1", $"Column '{header[i]}' appears more than once.") { Line = 1, Column = i + 1 });
            }
        }

        foreach (var column in Required.Where(c => !header.Contains(c)))
        {
            problems.Add(new ModelProblem($"{source}:line 1", $"The required column '{column}' is missing.") { Line = 1, Column = 1 });
        }
    }

    /// <summary>One data row, read field by field; every bad field adds a problem naming its line and column.</summary>
    private sealed class Row(CsvReader csv, string[] header, string source, List<ModelProblem> problems, CsvDialect dialect)
    {
        private readonly long _line = csv.LineNumber;
        private bool _bad;

        public Measurement? Measurement()
        {
            if (csv.FieldCount != header.Length)
            {
                Problem(1, $"The row has {csv.FieldCount} fields; the header has {header.Length}.");
                return null;
            }

            var area = Text("area");
            var indicator = Text("indicator");
            var date = Field("date", "a date (yyyy-MM-dd)", t => LocalDateConverter.TryParse(t, out var d) ? d : (LocalDate?)null);
            var number = dialect.DecimalSeparator == ',' ? "a finite number with a decimal comma" : "a finite number";
            var value = Field("value", number, FiniteNumber);
            var numerator = Optional("numerator", number, FiniteNumber);
            var denominator = Optional("denominator", number, FiniteNumber);
            var sampleSize = Optional("sampleSize", "a whole number", t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null);
            var qualifier = Optional("qualifier", "one of " + string.Join(", ", StrictEnumConverter<MeasurementQualifier>.AllowedNames), t => StrictEnumConverter<MeasurementQualifier>.TryParse(t, out var q) ? q : (MeasurementQualifier?)null);
            var sourceText = Raw("source");
            if (_bad || area is null || indicator is null || date is null || value is null)
            {
                return null;
            }

            return new Measurement
            {
                AreaId = new AreaId(area),
                IndicatorId = new IndicatorId(indicator),
                Date = date.Value,
                Value = value.Value,
                Numerator = numerator,
                Denominator = denominator,
                SampleSize = sampleSize,
                Source = string.IsNullOrEmpty(sourceText) ? null : sourceText,
                Qualifier = qualifier ?? MeasurementQualifier.Exact,
            };
        }

        private double? FiniteNumber(string text) => dialect.TryParseNumber(text, out var v) ? v : null;

        private string? Raw(string column)
        {
            var index = System.Array.IndexOf(header, column);
            return index < 0 ? null : CsvCell.Restore(csv.GetString(index));
        }

        private string? Text(string column)
        {
            var text = Raw(column);
            if (string.IsNullOrWhiteSpace(text))
            {
                Problem(Column(column), $"The {column} is empty.");
                return null;
            }

            return text;
        }

        private T? Field<T>(string column, string expected, Func<string, T?> parse)
            where T : struct
        {
            var text = Raw(column);
            if (string.IsNullOrEmpty(text))
            {
                Problem(Column(column), $"The {column} is empty; expected {expected}.");
                return null;
            }

            return Parse(column, expected, text, parse);
        }

        private T? Optional<T>(string column, string expected, Func<string, T?> parse)
            where T : struct
        {
            var text = Raw(column);
            return string.IsNullOrEmpty(text) ? null : Parse(column, expected, text, parse);
        }

        private T? Parse<T>(string column, string expected, string text, Func<string, T?> parse)
            where T : struct
        {
            var value = parse(text);
            if (value is null)
            {
                Problem(Column(column), $"'{text}' in column {column} is not {expected}.");
            }

            return value;
        }

        private int Column(string column) => System.Array.IndexOf(header, column) + 1;

        private void Problem(int column, string message)
        {
            _bad = true;
            problems.Add(new ModelProblem($"{source}:line {_line}", message) { Line = _line, Column = column });
        }
    }
}
