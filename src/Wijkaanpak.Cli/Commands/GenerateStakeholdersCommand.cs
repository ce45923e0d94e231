using System.CommandLine;
using System.Globalization;
using System.Text;
using Wijkaanpak.Core.Networks;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak generate stakeholders --nodes N --edges M --seed S -o file.json</c>: writes a
/// realistic scale-free stakeholder network as a model and as a plain edge list for other tools.
/// </summary>
internal static class GenerateStakeholdersCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The run.</param>
    public static Command Create(CliContext context)
    {
        var nodes = new Option<int>("--nodes") { Description = "Number of stakeholders (at least 2).", Required = true };
        var edges = new Option<int>("--edges") { Description = "Number of relations: from nodes-1 to nodes*(nodes-1)/2.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed; the same seed gives the same network.", DefaultValueFactory = _ => 42 };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The model file to write; the edge list goes next to it as <name>.edges.csv.", Required = true };
        var edgesOnly = new Option<bool>("--edges-only") { Description = "Write only the edge list (for very large networks)." };
        var command = new Command("stakeholders", "Generate a scale-free network of typed stakeholders and relations (preferential attachment): model JSON plus edge list CSV (source,target,weight).")
        {
            nodes, edges, seed, output, edgesOnly,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetRequiredValue(output).FullName;
            StakeholderNetwork network;
            try
            {
                network = StakeholderNetworkGenerator.Generate(parse.GetValue(nodes), parse.GetValue(edges), parse.GetValue(seed));
            }
            catch (ArgumentOutOfRangeException e)
            {
                error.WriteLine($"generate stakeholders: {e.Message}");
                return ExitCodes.InputError;
            }

            var edgeList = EdgeListPath(path);
            try
            {
                WriteEdgeList(network, edgeList);
                if (!parse.GetValue(edgesOnly))
                {
                    ModelJson.WriteFile(network.ToModel(string.Create(CultureInfo.InvariantCulture, $"Synthetic stakeholder network {network.NodeCount}/{network.EdgeCount}")), path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{path}: {e.Message}");
                return ExitCodes.InputError;
            }

            var written = parse.GetValue(edgesOnly) ? edgeList : $"{path} and {edgeList}";
            parse.InvocationConfiguration.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"{network.NodeCount} stakeholders, {network.EdgeCount} relations: {written}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string EdgeListPath(string modelPath) => Path.ChangeExtension(modelPath, null) + ".edges.csv";

    private static void WriteEdgeList(StakeholderNetwork network, string path)
    {
        var temporary = path + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16))
            {
                network.WriteEdgeList(writer);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
