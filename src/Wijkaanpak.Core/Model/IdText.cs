using System.Diagnostics.CodeAnalysis;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// The text of a model id (<see cref="NodeId"/>, <see cref="StakeholderId"/>, ...), shared by their
/// parsing and formatting: any non-empty text is an id, written as it is.
/// </summary>
internal static class IdText
{
    /// <summary>The id text of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="FormatException">The text is empty; the message names the id type.</exception>
    public static string Parse(string text, string idType)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 ? text : throw new FormatException($"A {idType} is a non-empty text; the empty text is no {idType}.");
    }

    /// <summary>The id text of <paramref name="span"/>, copied into a string.</summary>
    /// <exception cref="FormatException">The text is empty; the message names the id type.</exception>
    public static string Parse(ReadOnlySpan<char> span, string idType) =>
        span.Length > 0 ? span.ToString() : throw new FormatException($"A {idType} is a non-empty text; the empty text is no {idType}.");

    /// <summary>True and the text when <paramref name="text"/> is a non-empty text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out string? value)
    {
        value = string.IsNullOrEmpty(text) ? null : text;
        return value is not null;
    }

    /// <summary>True and the text when <paramref name="span"/> is a non-empty text.</summary>
    public static bool TryParse(ReadOnlySpan<char> span, [NotNullWhen(true)] out string? value)
    {
        value = span.Length > 0 ? span.ToString() : null;
        return value is not null;
    }

    /// <summary>Copies the id text (the empty text for a default id) into <paramref name="destination"/>, when it fits.</summary>
    public static bool TryFormat(string? value, Span<char> destination, out int charsWritten)
    {
        var text = value.AsSpan();
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }
}
