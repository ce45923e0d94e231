using System.Text.RegularExpressions;

namespace Wijkaanpak.Core.Tests.Localization;

/// <summary>The placeholders of a composite format string or the holes of an interpolated string, for comparing a Dutch text with its English one.</summary>
internal static partial class Placeholders
{
    /// <summary>
    /// The placeholders of a composite format string, as "index" or "index:plural" (a
    /// <c>{0:knoop|knopen}</c> count), sorted; the format itself differs between languages.
    /// </summary>
    public static IReadOnlyList<string> OfFormat(string text) =>
        [.. Composite().Matches(text.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal))
            .Select(m => m.Groups["index"].Value + (m.Groups["format"].Value.Contains('|', StringComparison.Ordinal) ? ":plural" : string.Empty))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    /// <summary>The expressions in the holes of an interpolated string's source text, sorted.</summary>
    public static IReadOnlyList<string> OfInterpolation(string text) =>
        [.. Hole().Matches(text.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal))
            .Select(m => m.Groups["expression"].Value.Trim())
            .Distinct()
            .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{(?<index>\d+)(?:,-?\d+)?(?::(?<format>[^}]*))?\}")]
    private static partial Regex Composite();

    [GeneratedRegex(@"\{(?<expression>[^{}:]+)(?::[^{}]*)?\}")]
    private static partial Regex Hole();
}
