using NodaTime;

namespace Wijkaanpak.Cli;

/// <summary>
/// What a run of the command line takes from its surroundings (*omgeving*): today's date as the
/// default reference date, the user's language setting, whether standard output and standard
/// error are terminals, and whether colours are switched off. The library never reads any of
/// these; the command line reads them once, here, and passes them on.
/// </summary>
public sealed record CliEnvironment
{
    /// <summary>The date used as reference date (*peildatum*) when a command is given no <c>--as-of</c>: the machine's local date.</summary>
    public required LocalDate Today { get; init; }

    /// <summary>
    /// The user's language setting as a locale or language tag (<c>nl_NL.UTF-8</c>, <c>nl-BE</c>,
    /// <c>en-GB</c>), or null when none is set; Dutch when it names Dutch, English otherwise.
    /// </summary>
    public string? LanguageTag { get; init; }

    /// <summary>True when standard output is a terminal: text output then uses colours (unless <see cref="NoColor"/>).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>True when standard error is a terminal: long work then shows its progress there.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>True when the <c>NO_COLOR</c> environment variable is set to a non-empty value (no-color.org): no colours anywhere.</summary>
    public bool NoColor { get; init; }

    /// <summary>The width of the terminal in characters, or null when unknown or not a terminal.</summary>
    public int? TerminalWidth { get; init; }

    /// <summary>
    /// The environment of this process: the local date; the language from <c>LC_ALL</c>,
    /// <c>LC_MESSAGES</c> or <c>LANG</c> (the first set, as POSIX looks them up) and otherwise the
    /// user interface culture; terminals as the console reports them; <c>NO_COLOR</c>.
    /// </summary>
    public static CliEnvironment FromProcess()
    {
        var outputIsTerminal = !Console.IsOutputRedirected;
        return new CliEnvironment
        {
            Today = LocalDate.FromDateTime(DateTime.Now),
            LanguageTag = LanguageSetting(Environment.GetEnvironmentVariable),
            OutputIsTerminal = outputIsTerminal,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            TerminalWidth = outputIsTerminal ? TryWindowWidth() : null,
        };
    }

    /// <summary>
    /// The language setting from the POSIX variables <c>LC_ALL</c>, <c>LC_MESSAGES</c> and
    /// <c>LANG</c> (the first that is set and is not <c>C</c> or <c>POSIX</c>), otherwise the name
    /// of the user interface culture, or null.
    /// </summary>
    /// <param name="variable">Reads an environment variable.</param>
    internal static string? LanguageSetting(Func<string, string?> variable)
    {
        foreach (var name in (string[])["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            if (variable(name) is { Length: > 0 } value && value is not ("C" or "POSIX") && !value.StartsWith("C.", StringComparison.Ordinal))
            {
                return value;
            }
        }

        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        return culture.Length > 0 ? culture : null;
    }

    private static int? TryWindowWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
