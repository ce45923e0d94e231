using System.Text;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Escapes user text (names, descriptions, messages) for HTML and SVG, in text and in attribute
/// values alike, and drops characters that XML 1.0 cannot carry, so a hostile name can neither
/// break the markup nor inject script.
/// </summary>
internal static class XmlText
{
    /// <summary>The escaped form of <paramref name="text"/>; null is empty.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends the escaped form of <paramref name="text"/> to <paramref name="builder"/>.</summary>
    public static void Append(StringBuilder builder, string? text)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n' or '\r': builder.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (!char.IsSurrogate(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }
}
