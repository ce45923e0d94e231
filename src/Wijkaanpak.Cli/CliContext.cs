using System.CommandLine;
using Spectre.Console;
using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Cli;

/// <summary>
/// One run of the command line: its environment and the options every command shares. The
/// commands are built against it, and their actions ask it for the language, the reference date
/// and the consoles, so that every command resolves them the same way.
/// </summary>
internal sealed class CliContext(CliEnvironment environment)
{
    /// <summary>The environment of the run.</summary>
    public CliEnvironment Environment { get; } = environment;

    /// <summary><c>--lang nl|en</c>, recursive from the root.</summary>
    public Option<Language?> LanguageOption { get; } = Cli.LanguageOption.Create();

    /// <summary>The language of the command's output.</summary>
    /// <param name="parse">The parsed command line.</param>
    public Language Language(ParseResult parse) => Cli.LanguageOption.Read(parse, LanguageOption, Environment);

    /// <summary>The reference date given with <paramref name="option"/>, or today.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="option">The command's date option.</param>
    public NodaTime.LocalDate Date(ParseResult parse, DateOption option) => option.Read(parse, Environment);

    /// <summary>True when standard output takes colours: a terminal without <c>NO_COLOR</c>.</summary>
    public bool Colours => Environment.OutputIsTerminal && !Environment.NoColor;

    /// <summary>A console over standard output: colours on a terminal without <c>NO_COLOR</c>, plain otherwise.</summary>
    /// <param name="parse">The parsed command line.</param>
    public IAnsiConsole Output(ParseResult parse) =>
        CliConsole.For(parse.InvocationConfiguration.Output, Colours, Environment.OutputIsTerminal ? Environment.TerminalWidth : null);
}
