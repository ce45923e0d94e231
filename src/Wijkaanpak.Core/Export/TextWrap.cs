namespace Wijkaanpak.Core.Export;

/// <summary>Fits labels into boxes of a picture: word wrapping and shortening with an ellipsis.</summary>
internal static class TextWrap
{
    /// <summary>Width of an average character at the pictures' 12 px sans-serif font, in pixels.</summary>
    public const double CharacterWidth = 6.6;

    /// <summary>
    /// Splits <paramref name="text"/> into at most <paramref name="maxLines"/> lines of at most
    /// <paramref name="maxChars"/> characters at spaces; the last line ends in an ellipsis when text
    /// is left over, and a word longer than a line is cut.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string? text, int maxChars, int maxLines)
    {
        var words = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var current = string.Empty;
        var index = 0;
        while (index < words.Length && lines.Count < maxLines)
        {
            var word = words[index];
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (candidate.Length <= maxChars)
            {
                current = candidate;
                index++;
            }
            else if (current.Length == 0)
            {
                lines.Add(word[..maxChars]);
                words[index] = word[maxChars..];
            }
            else
            {
                lines.Add(current);
                current = string.Empty;
            }
        }

        if (current.Length > 0 && lines.Count < maxLines)
        {
            lines.Add(current);
        }

        if (index < words.Length && lines.Count > 0)
        {
            lines[^1] = Shorten(lines[^1] + " " + string.Join(' ', words[index..]), maxChars);
        }

        return lines;
    }

    /// <summary><paramref name="text"/> cut to <paramref name="maxChars"/> characters, ending in an ellipsis when cut.</summary>
    public static string Shorten(string? text, int maxChars)
    {
        var value = text ?? string.Empty;
        return value.Length <= maxChars ? value : value[..Math.Max(0, maxChars - 1)].TrimEnd() + "…";
    }
}
