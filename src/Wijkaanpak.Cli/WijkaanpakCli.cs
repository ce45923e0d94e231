using System.CommandLine;
using Wijkaanpak.Cli.Commands;

namespace Wijkaanpak.Cli;

/// <summary>The <c>wijkaanpak</c> command line: its commands, and running them against given writers.</summary>
public static class WijkaanpakCli
{
    /// <summary>The root command with every subcommand, built for a run in <paramref name="environment"/>.</summary>
    /// <param name="environment">Today, the language setting and the terminals of the run.</param>
    public static RootCommand CreateRootCommand(CliEnvironment environment) => CreateRootCommand(new CliContext(environment));

    /// <summary>
    /// Parses <paramref name="args"/> and runs the command, writing to the given writers, in the
    /// environment of this process but as if neither writer were a terminal (no colours, no progress).
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>; a command line that does not parse gives <see cref="ExitCodes.InputError"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, CliEnvironment.FromProcess() with { OutputIsTerminal = false, ErrorIsTerminal = false, TerminalWidth = null });

    /// <summary>Parses <paramref name="args"/> and runs the command in <paramref name="environment"/>, writing to the given writers.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="environment">Today, the language setting and the terminals of the run.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>; a command line that does not parse gives <see cref="ExitCodes.InputError"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = CreateRootCommand(environment);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // A command line that does not parse is unreadable input, not a finding about a model.
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Run 'wijkaanpak --help' for the commands and their options.");
            return ExitCodes.InputError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand("Model, validate, roll up and report on an integrale wijkaanpak.")
        {
            ShowCommand.Create(context),
            ValidateCommand.Create(context),
            RollupCommand.Create(context),
            NetworkCommand.Create(context),
            GenerateCommand.Create(context),
            ReportCommand.Create(context),
            ExportCommand.Create(context),
            ChecklistCommand.Create(context),
            ScanCommand.Create(context),
        };
        root.Options.Add(context.LanguageOption);
        return root;
    }
}
