using System.CommandLine;
using System.CommandLine.Parsing;
using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Cli;

/// <summary>
/// <c>--lang nl|en</c> on every command: the language of what the command prints and writes.
/// Without it the language follows the user's setting (<see cref="CliEnvironment.LanguageTag"/>):
/// Dutch when that names Dutch, English otherwise.
/// </summary>
internal static class LanguageOption
{
    /// <summary>The option, recursive: given once on the root, every subcommand accepts it.</summary>
    public static Option<Language?> Create() => new("--lang")
    {
        Description = "Language of the output: nl (Nederlands) or en (English). Default: Dutch when the system language (LC_ALL, LC_MESSAGES, LANG) is Dutch, otherwise English.",
        HelpName = "nl|en",
        Recursive = true,
        CustomParser = Parse,
        CompletionSources = { "nl", "en" },
    };

    /// <summary>The language chosen with <paramref name="option"/>, or the default of <paramref name="environment"/>.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="option">The option made by <see cref="Create"/>.</param>
    /// <param name="environment">Where the user's language setting comes from.</param>
    public static Language Read(ParseResult parse, Option<Language?> option, CliEnvironment environment) =>
        parse.GetValue(option) ?? Default(environment.LanguageTag);

    /// <summary>Dutch when <paramref name="tag"/> names Dutch (<c>nl</c>, <c>nl-BE</c>, <c>nl_NL.UTF-8</c>), English otherwise.</summary>
    /// <param name="tag">A language tag or POSIX locale, or null.</param>
    public static Language Default(string? tag) => LanguageFormat.Parse(tag) ?? Language.English;

    private static Language? Parse(ArgumentResult argument)
    {
        var text = argument.Tokens.Count > 0 ? argument.Tokens[0].Value : string.Empty;
        switch (text)
        {
            case "nl":
                return Language.Dutch;
            case "en":
                return Language.English;
            default:
                argument.AddError($"--lang: '{text}' is not a language; choose nl or en.");
                return null;
        }
    }
}
