using Spectre.Console;

namespace Wijkaanpak.Cli;

/// <summary>Plain-text Spectre consoles over the command's writers: no colours, no ANSI codes, so output is stable and pipeable.</summary>
internal static class CliConsole
{
    /// <summary>A console that writes plain text to <paramref name="writer"/>.</summary>
    public static IAnsiConsole For(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 120;
        return console;
    }
}
