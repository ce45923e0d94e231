using System.CommandLine;

namespace Wijkaanpak.Cli.Commands;

/// <summary><c>wijkaanpak generate ...</c>: writes synthetic models for tests, demos and benchmarks.</summary>
public static class GenerateCommand
{
    /// <summary>Creates the command with its subcommands.</summary>
    public static Command Create() => new("generate", "Write synthetic models for tests, demos and benchmarks.")
    {
        GenerateStakeholdersCommand.Create(),
    };
}
