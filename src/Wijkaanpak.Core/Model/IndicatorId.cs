using System.Diagnostics.CodeAnalysis;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies an indicator. Ids are case-sensitive, non-empty strings chosen by the model's author
/// (e.g. `werkloosheid`); they are compared ordinally.
/// </summary>
/// <remarks>
/// <para>
/// Equality and hashing are ordinal on <see cref="Value"/> and allocate nothing, so the id is a
/// cheap key of dictionaries and of generic graph code (QuikGraph vertices). It parses from and
/// formats to its text (<see cref="IParsable{TSelf}"/>, <see cref="ISpanFormattable"/>); the format
/// string and format provider are ignored, an id is written as it is.
/// </para>
/// <para>
/// <c>default(IndicatorId)</c> has a null <see cref="Value"/>: it is no id at all. It equals only another
/// default, sorts before every other id, prints as the empty text, names no element of a model (look-ups
/// find nothing), and the integrity check reports it as an empty id.
/// </para>
/// </remarks>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct IndicatorId(string Value) : IComparable<IndicatorId>, ISpanParsable<IndicatorId>, ISpanFormattable
{
    /// <inheritdoc />
    public int CompareTo(IndicatorId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>The id as written, for <see cref="IFormattable"/>; <paramref name="format"/> and <paramref name="formatProvider"/> are ignored.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the id as written into <paramref name="destination"/>, without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">The number of characters written; 0 when the id does not fit.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>True when the id fits.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdText.TryFormat(Value, destination, out charsWritten);

    /// <summary>The indicator id with text <paramref name="s"/>.</summary>
    /// <param name="s">A non-empty text.</param>
    /// <param name="provider">Ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is empty.</exception>
    public static IndicatorId Parse(string s, IFormatProvider? provider) => new(IdText.Parse(s, nameof(IndicatorId)));

    /// <summary>The indicator id with text <paramref name="s"/>.</summary>
    /// <param name="s">A non-empty text.</param>
    /// <param name="provider">Ignored.</param>
    /// <exception cref="FormatException"><paramref name="s"/> is empty.</exception>
    public static IndicatorId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => new(IdText.Parse(s, nameof(IndicatorId)));

    /// <summary>Makes an indicator id of <paramref name="s"/> when it is a non-empty text.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The id, or the default id when <paramref name="s"/> is null or empty.</param>
    /// <returns>True when <paramref name="s"/> is a non-empty text.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out IndicatorId result)
    {
        var ok = IdText.TryParse(s, out var value);
        result = ok ? new(value!) : default;
        return ok;
    }

    /// <summary>Makes an indicator id of <paramref name="s"/> when it is a non-empty text.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The id, or the default id when <paramref name="s"/> is empty.</param>
    /// <returns>True when <paramref name="s"/> is a non-empty text.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out IndicatorId result)
    {
        var ok = IdText.TryParse(s, out var value);
        result = ok ? new(value!) : default;
        return ok;
    }
}
