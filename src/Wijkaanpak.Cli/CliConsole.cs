using Spectre.Console;

namespace Wijkaanpak.Cli;

/// <summary>
/// Spectre consoles over the command's writers: with colours on a terminal, plain text (no ANSI
/// codes, no colours) when the output is redirected or <c>NO_COLOR</c> is set, so that piped
/// output is stable.
/// </summary>
internal static class CliConsole
{
    /// <summary>The width of plain output, where no terminal says how wide it is.</summary>
    public const int PlainWidth = 120;

    /// <summary>A console that writes to <paramref name="writer"/>, with colours when <paramref name="colours"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="colours">True to use ANSI colours (a terminal without <c>NO_COLOR</c>).</param>
    /// <param name="width">The terminal width, or null for <see cref="PlainWidth"/>.</param>
    public static IAnsiConsole For(TextWriter writer, bool colours = false, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colours ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colours ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width ?? PlainWidth;
        return console;
    }
}
