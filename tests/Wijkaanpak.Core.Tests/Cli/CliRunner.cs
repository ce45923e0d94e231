using NodaTime;
using Wijkaanpak.Cli;

namespace Wijkaanpak.Core.Tests.Cli;

/// <summary>Runs the command line in-process against string writers, in a fixed environment.</summary>
internal static class CliRunner
{
    /// <summary>A redirected environment (no terminal, colours allowed) with a fixed today and language setting.</summary>
    public static CliEnvironment Environment(LocalDate? today = null, string? language = "en_GB.UTF-8") => new()
    {
        Today = today ?? new LocalDate(2025, 6, 1),
        LanguageTag = language,
    };

    /// <summary>Runs <paramref name="args"/> in <paramref name="environment"/>.</summary>
    public static (int Exit, string Output, string Error) Run(CliEnvironment environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = WijkaanpakCli.Run(args, output, error, environment);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs <paramref name="args"/> in the default test environment (today 2025-06-01, English).</summary>
    public static (int Exit, string Output, string Error) Run(params string[] args) => Run(Environment(), args);
}
