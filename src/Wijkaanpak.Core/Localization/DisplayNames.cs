using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Wijkaanpak.Core.Localization;

/// <summary>
/// The names of enum values as users read them (*weergavenamen*): <c>GoalLevel.Ambition</c> is
/// "ambitie" in Dutch, <c>StakeholderType.SociaalWijkteam</c> "sociaal wijkteam". The names are
/// declared on the enum members with <see cref="LocalizedNameAttribute"/>; a test checks that every
/// member of the model's enums has one.
/// </summary>
public static class DisplayNames
{
    private static readonly ConcurrentDictionary<Enum, LocalizedText?> Names = new();

    /// <summary>The declared name of <paramref name="value"/>, or null when its member has no <see cref="LocalizedNameAttribute"/> (or the value is no named member).</summary>
    /// <param name="value">An enum value.</param>
    public static LocalizedText? Find(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Names.GetOrAdd(value, static v =>
            v.GetType().GetField(v.ToString(), BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<LocalizedNameAttribute>()?.Name);
    }

    /// <summary>The name of <paramref name="value"/> in <paramref name="language"/>, mid-sentence; the member name when none is declared.</summary>
    /// <param name="value">An enum value.</param>
    /// <param name="language">The language to read.</param>
    public static string Of(Enum value, Language language) =>
        Find(value)?.In(language) ?? value.ToString();

    /// <summary>The name of <paramref name="value"/> with a capital first letter, for headings, labels and table cells.</summary>
    /// <param name="value">An enum value.</param>
    /// <param name="language">The language to read.</param>
    public static string Capitalized(Enum value, Language language) => Capitalize(Of(value, language));

    /// <summary><paramref name="text"/> with its first letter in upper case.</summary>
    /// <param name="text">A text.</param>
    public static string Capitalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 || char.IsUpper(text[0])
            ? text
            : string.Concat(char.ToUpper(text[0], CultureInfo.InvariantCulture).ToString(), text.AsSpan(1));
    }
}
