using System.CommandLine;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Cli.Commands;

/// <summary><c>wijkaanpak generate …</c>: writes synthetic models for benchmarks, scale tests and demonstrations.</summary>
internal static class GenerateCommand
{
    /// <summary>Creates the command with its subcommands.</summary>
    /// <param name="context">The run.</param>
    public static Command Create(CliContext context) => new("generate", "Write synthetic models for benchmarks, scale tests and demonstrations.")
    {
        CreateTheoryOfChange(),
        GenerateStakeholdersCommand.Create(context),
    };

    private static Command CreateTheoryOfChange()
    {
        var nodes = new Option<int>("--nodes")
        {
            Description = "Number of goals and interventions together; at least 10.",
            Required = true,
        };
        nodes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 10)
            {
                result.AddError("--nodes must be at least 10.");
            }
        });
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the pseudo-random choices; the same nodes and seed give the same file.",
            DefaultValueFactory = _ => 1,
        };
        var output = new Option<FileInfo>("--output", "-o")
        {
            Description = "The model file to write (JSON); replaced if it exists.",
            Required = true,
        };
        var command = new Command("toc", "Write a realistic synthetic theory of change (verandertheorie) with about three edges per node.")
        {
            nodes,
            seed,
            output,
        };
        command.SetAction(parse =>
        {
            var target = parse.GetRequiredValue(output);
            var model = SyntheticTheoryOfChange.Generate(parse.GetValue(nodes), parse.GetValue(seed));
            try
            {
                ModelJson.WriteFile(model, target.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"{target}: {e.Message}");
                return ExitCodes.InputError;
            }

            parse.InvocationConfiguration.Output.WriteLine($"{target}: {model.TheoryOfChange.Goals.Count + model.TheoryOfChange.Interventions.Count} nodes, {model.TheoryOfChange.Edges.Count} edges");
            return ExitCodes.Success;
        });
        return command;
    }
}
