using System.Text;

namespace Wijkaanpak.Core.Tables;

/// <summary>Text from data made inert in Markdown (CommonMark with pipe tables), for the Markdown tables and the Markdown report.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// User text made inert in CommonMark: characters with a meaning in Markdown or in table syntax
    /// are backslash-escaped, markup characters become entities, line breaks become spaces, and what
    /// would open a block at the start of a line (a list marker such as <c>-</c>, <c>+</c> or
    /// <c>1.</c>, a setext or thematic-break <c>=</c> or <c>-</c>, an indented code block) is escaped
    /// or dropped there.
    /// </summary>
    internal static string Escape(string? text)
    {
        var builder = new StringBuilder();
        var rest = (text ?? string.Empty).TrimStart();
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        if (rest.Length > 0 && rest[0] is '-' or '+' or '=')
        {
            builder.Append('\\').Append(rest[0]);
            rest = rest[1..];
        }
        else if (digits > 0 && digits < rest.Length && rest[digits] is '.' or ')')
        {
            builder.Append(rest, 0, digits).Append('\\').Append(rest[digits]);
            rest = rest[(digits + 1)..];
        }

        foreach (var c in rest)
        {
            _ = c switch
            {
                '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~' or '!' => builder.Append('\\').Append(c),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '&' => builder.Append("&amp;"),
                '\r' or '\n' or '\t' => builder.Append(' '),
                < ' ' => builder,
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
