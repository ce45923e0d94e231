using System.CommandLine;
using Wijkaanpak.Cli.Commands;

namespace Wijkaanpak.Cli;

/// <summary>The <c>wijkaanpak</c> command line: its commands, and running them against given writers.</summary>
public static class WijkaanpakCli
{
    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand CreateRootCommand() =>
    [
        ShowCommand.Create(),
        ValidateCommand.Create(),
        RollupCommand.Create(),
        NetworkCommand.Create(),
        GenerateCommand.Create(),
        ReportCommand.Create(),
        ExportCommand.Create(),
        ChecklistCommand.Create(),
        ScanCommand.Create(),
    ];

    /// <summary>Parses <paramref name="args"/> and runs the command, writing to the given writers.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>; a command line that does not parse gives <see cref="ExitCodes.InputError"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = CreateRootCommand();
        root.Description = "Model, validate, roll up and report on an integrale wijkaanpak.";
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
}
