using System.Globalization;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// How a CSV file separates its fields and writes its decimals (*CSV-dialect*). Dutch spreadsheets
/// and CBS files use a semicolon and a decimal comma (<see cref="Dutch"/>); the library's own files
/// use a comma and a decimal point (<see cref="Invariant"/>). Every CSV reader of the library detects
/// the dialect when it is not given (<see cref="Detect"/>), and every CSV writer takes one.
/// </summary>
/// <param name="Delimiter">The field separator: <c>,</c>, <c>;</c>, tab or <c>|</c>.</param>
/// <param name="DecimalSeparator">The decimal separator of numbers: <c>.</c> or <c>,</c>; never the delimiter.</param>
public sealed record CsvDialect(char Delimiter, char DecimalSeparator)
{
    private const int SampleLines = 200;

    /// <summary>Comma-separated with a decimal point: the library's own form (RFC 4180).</summary>
    public static CsvDialect Invariant { get; } = new(',', '.');

    /// <summary>Semicolon-separated with a decimal comma, as Dutch Excel and CBS StatLine write CSV.</summary>
    public static CsvDialect Dutch { get; } = new(';', ',');

    /// <summary>The dialect of a culture name as a user gives it (<c>--culture nl-NL</c>).</summary>
    /// <param name="culture"><c>nl</c>, <c>nl-NL</c> or <c>nl-BE</c> for <see cref="Dutch"/>; <c>en</c>, <c>en-…</c> or <c>invariant</c> for <see cref="Invariant"/>.</param>
    /// <exception cref="ArgumentException">Another culture name; the message lists the accepted ones.</exception>
    public static CsvDialect ForCulture(string culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var name = culture.Trim();
        if (name.Equals("nl", StringComparison.OrdinalIgnoreCase) || name.StartsWith("nl-", StringComparison.OrdinalIgnoreCase))
        {
            return Dutch;
        }

        if (name.Length == 0 || name.Equals("invariant", StringComparison.OrdinalIgnoreCase)
            || name.Equals("en", StringComparison.OrdinalIgnoreCase) || name.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
        {
            return Invariant;
        }

        throw new ArgumentException($"Unknown CSV culture '{culture}': use nl-NL (semicolon, decimal comma) or en / invariant (comma, decimal point).", nameof(culture));
    }

    /// <summary>Reads a delimiter as a user gives it: <c>,</c>, <c>;</c>, <c>|</c>, or <c>tab</c> (also <c>\t</c>).</summary>
    /// <param name="text">The delimiter text.</param>
    /// <param name="delimiter">The delimiter when the text names one.</param>
    /// <returns>True when <paramref name="text"/> names a supported delimiter.</returns>
    public static bool TryParseDelimiter(string? text, out char delimiter)
    {
        delimiter = text switch
        {
            "," => ',',
            ";" => ';',
            "|" => '|',
            "tab" or "\\t" or "\t" => '\t',
            _ => '\0',
        };
        return delimiter != '\0';
    }

    /// <summary>
    /// Detects the dialect of CSV text: the delimiter is the most frequent of <c>,</c> <c>;</c> tab
    /// and <c>|</c> outside quotes in the first line; with a comma the decimal separator is a point,
    /// otherwise it is a comma unless the first lines hold numbers with a point and none with a comma.
    /// </summary>
    /// <param name="text">The CSV text (its first lines suffice).</param>
    /// <param name="delimiter">A delimiter the user gave; then only the decimal separator is detected.</param>
    public static CsvDialect Detect(string text, char? delimiter = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n', SampleLines + 1);
        var chosen = delimiter ?? DetectDelimiter(lines.Length > 0 ? lines[0] : string.Empty);
        if (chosen == ',')
        {
            return Invariant;
        }

        int commas = 0, points = 0;
        foreach (var line in lines.Skip(1).Take(SampleLines))
        {
            foreach (var field in line.TrimEnd('\r').Split(chosen))
            {
                var value = field.Trim().Trim('"');
                if (LooksDecimal(value, ','))
                {
                    commas++;
                }
                else if (LooksDecimal(value, '.'))
                {
                    points++;
                }
            }
        }

        return new CsvDialect(chosen, points > 0 && commas == 0 ? '.' : ',');
    }

    /// <summary>Checks that the delimiter and decimal separator are supported and differ.</summary>
    /// <exception cref="ArgumentException">The dialect cannot be read or written unambiguously.</exception>
    public void Validate()
    {
        if (Delimiter is not (',' or ';' or '\t' or '|'))
        {
            throw new ArgumentException($"Unsupported CSV delimiter '{Delimiter}': use ',', ';', tab or '|'.");
        }

        if (DecimalSeparator is not ('.' or ','))
        {
            throw new ArgumentException($"Unsupported decimal separator '{DecimalSeparator}': use '.' or ','.");
        }

        if (Delimiter == DecimalSeparator)
        {
            throw new ArgumentException("The CSV delimiter and the decimal separator are both ','; a decimal comma needs ';' (or tab) between fields.");
        }
    }

    /// <summary>A number in this dialect, in round-trip form (e.g. <c>0,25</c> in <see cref="Dutch"/>).</summary>
    /// <param name="value">A finite number.</param>
    public string FormatNumber(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return DecimalSeparator == '.' ? text : text.Replace('.', DecimalSeparator);
    }

    /// <summary>Reads a finite number written in this dialect: optional sign, digits, this dialect's decimal separator, optional exponent; no thousands separators.</summary>
    /// <param name="text">The field text.</param>
    /// <param name="value">The number when the text is one.</param>
    /// <returns>True when <paramref name="text"/> is a finite number in this dialect.</returns>
    public bool TryParseNumber(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var other = DecimalSeparator == '.' ? ',' : '.';
        if (text.Contains(other, StringComparison.Ordinal))
        {
            return false;
        }

        var invariant = DecimalSeparator == '.' ? text : text.Replace(',', '.');
        return double.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static char DetectDelimiter(string header)
    {
        Span<int> counts = stackalloc int[4];
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                var index = c switch { ',' => 0, ';' => 1, '\t' => 2, '|' => 3, _ => -1 };
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return best switch { 1 => ';', 2 => '\t', 3 => '|', _ => ',' };
    }

    private static bool LooksDecimal(string value, char separator)
    {
        var start = value.Length > 0 && value[0] is '-' or '+' ? 1 : 0;
        var at = value.IndexOf(separator, start);
        return at > start && at < value.Length - 1
            && !value.AsSpan(start, at - start).ContainsAnyExceptInRange('0', '9')
            && !value.AsSpan(at + 1).ContainsAnyExceptInRange('0', '9');
    }
}
