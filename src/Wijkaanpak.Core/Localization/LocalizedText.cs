namespace Wijkaanpak.Core.Localization;

/// <summary>
/// A text users read, in Dutch (*Nederlands*, first, the language of the practice) and in English
/// beside it: the one way the library holds its texts. Because both are arguments of one
/// constructor, a text without its translation does not compile; tests check that neither is empty
/// and that both use the same placeholders. A text may be a composite format string
/// (<c>"Doel {0} heeft {1:indicator|indicatoren}"</c>), formatted with <see cref="Format"/>.
/// </summary>
/// <param name="Nl">The Dutch text.</param>
/// <param name="En">The English text.</param>
public readonly record struct LocalizedText(string Nl, string En)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    /// <param name="language">The language to read.</param>
    public string In(Language language) => language == Language.English ? En : Nl;

    /// <summary>
    /// Formats the text in <paramref name="language"/> as a composite format string, with that
    /// language's numbers, dates and names of values (<see cref="LanguageFormat"/>): an enum value
    /// becomes its <see cref="LocalizedNameAttribute"/> name, <c>{0:knoop|knopen}</c> a count with the
    /// singular or plural noun.
    /// </summary>
    /// <param name="language">The language to write in.</param>
    /// <param name="args">The values of the placeholders.</param>
    /// <exception cref="FormatException">The text is not a valid composite format string for <paramref name="args"/>.</exception>
    public string Format(Language language, params ReadOnlySpan<object?> args) =>
        string.Format(LanguageFormat.For(language), In(language), args);

    /// <summary>The Dutch text followed by the English one: <c>"nl / en"</c>.</summary>
    public override string ToString() => $"{Nl} / {En}";
}
