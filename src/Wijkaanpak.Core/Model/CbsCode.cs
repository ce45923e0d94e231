using System.Diagnostics.CodeAnalysis;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// A code of Statistics Netherlands (CBS) for a municipality, district or neighbourhood:
/// <c>GM</c> + 4 digits (*gemeente*, e.g. <c>GM0363</c>), <c>WK</c> + 6 digits (*wijk*, e.g.
/// <c>WK036300</c>) or <c>BU</c> + 8 digits (*buurt*, e.g. <c>BU03630000</c>). A wijk code starts with
/// the digits of its gemeente and a buurt code with those of its wijk, so the hierarchy can be
/// derived from the codes alone.
/// </summary>
public readonly record struct CbsCode
{
    private CbsCode(string value, ScaleLevel level)
    {
        Value = value;
        Level = level;
    }

    /// <summary>The code as CBS writes it, e.g. <c>WK036300</c>.</summary>
    public string Value { get; }

    /// <summary>The scale level the code denotes: <see cref="ScaleLevel.Gemeente"/>, <see cref="ScaleLevel.Wijk"/> or <see cref="ScaleLevel.Buurt"/>.</summary>
    public ScaleLevel Level { get; }

    /// <summary>
    /// The code of the enclosing area: a buurt's wijk, a wijk's gemeente; none for a gemeente.
    /// </summary>
    public CbsCode? Parent => Level switch
    {
        ScaleLevel.Buurt => new CbsCode(string.Concat("WK", Value.AsSpan(2, 6)), ScaleLevel.Wijk),
        ScaleLevel.Wijk => new CbsCode(string.Concat("GM", Value.AsSpan(2, 4)), ScaleLevel.Gemeente),
        _ => null,
    };

    /// <summary>Reads a CBS code, strictly: upper-case prefix and exactly the right number of digits.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="code">The code when the text is one.</param>
    /// <returns>True when <paramref name="text"/> is a well-formed CBS code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CbsCode code)
    {
        code = default;
        if (text is null || text.Length < 6)
        {
            return false;
        }

        ScaleLevel? level = text[..2] switch
        {
            "GM" when text.Length == 6 => ScaleLevel.Gemeente,
            "WK" when text.Length == 8 => ScaleLevel.Wijk,
            "BU" when text.Length == 10 => ScaleLevel.Buurt,
            _ => null,
        };
        if (level is null || text.AsSpan(2).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        code = new CbsCode(text, level.Value);
        return true;
    }

    /// <summary>Reads a CBS code.</summary>
    /// <param name="text">The text to read.</param>
    /// <exception cref="FormatException">The text is not a well-formed CBS code; the message says what was expected.</exception>
    public static CbsCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a CBS code: expected GM + 4 digits, WK + 6 digits or BU + 8 digits (e.g. GM0363, WK036300, BU03630000).");

    /// <summary>The code as CBS writes it.</summary>
    public override string ToString() => Value ?? string.Empty;
}
