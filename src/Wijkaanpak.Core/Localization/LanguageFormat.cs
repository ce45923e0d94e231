using System.Globalization;
using NodaTime;

namespace Wijkaanpak.Core.Localization;

/// <summary>
/// How numbers, amounts, dates, counts and enum values are written in one language: Dutch
/// (1.234,5; € 1.250; 3 maart 2024; "1 knoop", "2 knopen") or English (1,234.5; € 1,250;
/// 3 March 2024). Written by hand from the invariant culture, so the output is the same on every
/// machine whatever its culture settings (the project runs with invariant globalization).
/// As an <see cref="IFormatProvider"/> it formats the placeholders of a <see cref="LocalizedText"/>.
/// </summary>
public sealed class LanguageFormat : IFormatProvider, ICustomFormatter
{
    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly NumberFormatInfo _numbers;

    private LanguageFormat(Language language)
    {
        Language = language;
        var numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        if (language == Language.Dutch)
        {
            numbers.NumberDecimalSeparator = numbers.CurrencyDecimalSeparator = numbers.PercentDecimalSeparator = ",";
            numbers.NumberGroupSeparator = numbers.CurrencyGroupSeparator = numbers.PercentGroupSeparator = ".";
        }

        _numbers = NumberFormatInfo.ReadOnly(numbers);
    }

    /// <summary>Dutch formats.</summary>
    public static LanguageFormat Dutch { get; } = new(Language.Dutch);

    /// <summary>English formats.</summary>
    public static LanguageFormat English { get; } = new(Language.English);

    /// <summary>The language of these formats.</summary>
    public Language Language { get; }

    /// <summary>The BCP 47 code of the language: <c>nl</c> or <c>en</c> (for an html <c>lang</c> attribute).</summary>
    public string Code => Language == Language.English ? "en" : "nl";

    /// <summary>The number format of the language (decimal comma and thousands dot in Dutch), for <see cref="IFormattable"/> values.</summary>
    public NumberFormatInfo Numbers => _numbers;

    /// <summary>The formats for <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    public static LanguageFormat For(Language language) => language == Language.English ? English : Dutch;

    /// <summary>
    /// The language a BCP 47 tag or POSIX locale names (<c>nl</c>, <c>nl-BE</c>, <c>nl_NL.UTF-8</c>,
    /// <c>en-GB</c>), or null when it names neither Dutch nor English. The library never reads the
    /// environment; a command line passes what the user set.
    /// </summary>
    /// <param name="tag">A language tag, case-insensitive.</param>
    public static Language? Parse(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var span = tag.AsSpan().Trim();
        var end = span.IndexOfAny("-_.@");
        var primary = end < 0 ? span : span[..end];
        return primary.Equals("nl", StringComparison.OrdinalIgnoreCase) ? Language.Dutch
            : primary.Equals("en", StringComparison.OrdinalIgnoreCase) ? Language.English
            : null;
    }

    /// <summary>A number with at most two decimals, grouped by thousands: 1.234,5 in Dutch, 1,234.5 in English; "–" when not finite.</summary>
    /// <param name="value">The number.</param>
    public string Number(double value) =>
        double.IsFinite(value) ? Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("#,##0.##", _numbers) : "–";

    /// <summary>A whole number grouped by thousands: 605.004 in Dutch, 605,004 in English.</summary>
    /// <param name="value">The number.</param>
    public string Count(long value) => value.ToString("#,##0", _numbers);

    /// <summary>A count with its noun in the singular or the plural: "1 knoop", "2 knopen", "0 knopen".</summary>
    /// <param name="value">How many.</param>
    /// <param name="singular">The noun for one, in this language.</param>
    /// <param name="plural">The noun for any other number, in this language.</param>
    public string Count(long value, string singular, string plural) =>
        $"{Count(value)} {(value == 1 ? singular : plural)}";

    /// <summary>An amount of euros without cents: € 1.250 in Dutch.</summary>
    /// <param name="value">The amount.</param>
    public string Euros(decimal value) =>
        "€ " + Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,##0", _numbers);

    /// <summary>A fraction as a whole percentage, e.g. 0.456 as 46%; "–" when not finite.</summary>
    /// <param name="fraction">The fraction, 1 being 100%.</param>
    public string Percent(double fraction) =>
        double.IsFinite(fraction) ? Count((long)Math.Round(fraction * 100, MidpointRounding.AwayFromZero)) + "%" : "–";

    /// <summary>A date written out: 3 maart 2024, or 3 March 2024.</summary>
    /// <param name="date">The date.</param>
    public string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {(Language == Language.English ? EnglishMonths : DutchMonths)[date.Month - 1]} {date.Year}");

    /// <summary>A date interval written out, both ends inclusive: 1 januari 2024 – 31 december 2027.</summary>
    /// <param name="interval">The interval.</param>
    public string Period(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return $"{Date(interval.Start)} – {Date(interval.End)}";
    }

    /// <summary>A length of time in words: "4 jaar", "1 jaar en 6 maanden", "18 months"; "0 dagen" when empty.</summary>
    /// <param name="period">The length of time (years, months, weeks and days are written; smaller units are left out).</param>
    public string Duration(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var english = Language == Language.English;
        var parts = new List<string>(4);
        void Add(long value, string nlOne, string nlMany, string enOne, string enMany)
        {
            if (value != 0)
            {
                parts.Add(english ? Count(value, enOne, enMany) : Count(value, nlOne, nlMany));
            }
        }

        Add(period.Years, "jaar", "jaar", "year", "years");
        Add(period.Months, "maand", "maanden", "month", "months");
        Add(period.Weeks, "week", "weken", "week", "weeks");
        Add(period.Days, "dag", "dagen", "day", "days");
        return parts.Count switch
        {
            0 => english ? "0 days" : "0 dagen",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + (english ? " and " : " en ") + parts[^1],
        };
    }

    /// <summary>Yes or no: "ja"/"nee", "yes"/"no".</summary>
    /// <param name="value">The truth value.</param>
    public string YesNo(bool value) => Language == Language.English ? (value ? "yes" : "no") : (value ? "ja" : "nee");

    /// <inheritdoc/>
    public object? GetFormat(Type? formatType) =>
        formatType == typeof(ICustomFormatter) ? this
        : formatType == typeof(NumberFormatInfo) ? _numbers
        : null;

    /// <summary>
    /// Formats one placeholder of a <see cref="LocalizedText"/>: an enum value as its display name
    /// (format <c>C</c>: capitalised); a <see cref="LocalizedText"/> in this language; a whole number
    /// with format <c>singular|plural</c> as a count with its noun; other whole numbers grouped by
    /// thousands; any number with format <c>euro</c> as an amount of euros; a <see cref="LocalDate"/>,
    /// <see cref="DateInterval"/> or <see cref="Period"/> written out; a fractional number with at most two decimals;
    /// true/false as yes/no; anything else formattable with this language's number format.
    /// </summary>
    /// <param name="format">The format of the placeholder, or null.</param>
    /// <param name="arg">The value.</param>
    /// <param name="formatProvider">Ignored: this object is the provider.</param>
    public string Format(string? format, object? arg, IFormatProvider? formatProvider)
    {
        var hasFormat = !string.IsNullOrEmpty(format);
        switch (arg)
        {
            case null:
                return string.Empty;
            case Enum value:
                return format == "C" ? DisplayNames.Capitalized(value, Language) : DisplayNames.Of(value, Language);
            case bool truth:
                return YesNo(truth);
            case LocalizedText text:
                return text.In(Language);
            case Period period:
                return Duration(period);
            case decimal or double or float or int or long when format == "euro":
                return Euros(Convert.ToDecimal(arg, CultureInfo.InvariantCulture));
            case LocalDate date when !hasFormat:
                return Date(date);
            case DateInterval interval when !hasFormat:
                return Period(interval);
            case sbyte or byte or short or ushort or int or uint or long:
                var count = Convert.ToInt64(arg, CultureInfo.InvariantCulture);
                if (hasFormat && format!.IndexOf('|', StringComparison.Ordinal) is var bar and > 0)
                {
                    return Count(count, format[..bar], format[(bar + 1)..]);
                }

                return hasFormat ? ((IFormattable)arg).ToString(format, _numbers) : Count(count);
            case double or float when !hasFormat:
                return Number(Convert.ToDouble(arg, CultureInfo.InvariantCulture));
            case decimal amount when !hasFormat:
                return Number((double)amount);
            case IFormattable formattable:
                return formattable.ToString(format, _numbers);
            default:
                return arg.ToString() ?? string.Empty;
        }
    }
}
