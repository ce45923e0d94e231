using System.CommandLine;
using Wijkaanpak.Core.Export;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak export &lt;model.json&gt; --to dot|mermaid [--graph theory|network] [-o file]</c>:
/// writes the theory of change or the stakeholder network as Graphviz DOT or a Mermaid flowchart.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The run.</param>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("model") { Description = "The model file (JSON, format version 1)." };
        var format = new Option<string>("--to") { Description = "The output language: dot (Graphviz) or mermaid.", Required = true };
        format.AcceptOnlyFromAmong("dot", "mermaid");
        var graph = new Option<string>("--graph")
        {
            Description = "What to export: theory (the theory of change, the default) or network (the stakeholder network).",
            DefaultValueFactory = _ => "theory",
        };
        graph.AcceptOnlyFromAmong("theory", "network");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The file to write; standard output when absent." };
        var command = new Command("export", "Export the theory of change or the stakeholder network as Graphviz DOT or a Mermaid flowchart.")
        {
            file,
            format,
            graph,
            output,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var model = ModelFiles.TryRead(parse.GetRequiredValue(file).FullName, error);
            if (model is null)
            {
                return ExitCodes.InputError;
            }

            var network = parse.GetValue(graph) == "network";
            var text = parse.GetRequiredValue(format) == "dot"
                ? network ? DotExporter.StakeholderGraph(model) : DotExporter.TheoryOfChange(model)
                : network ? MermaidExporter.StakeholderGraph(model) : MermaidExporter.TheoryOfChange(model);
            if (parse.GetValue(output) is not { } target)
            {
                parse.InvocationConfiguration.Output.Write(text);
                return ExitCodes.Success;
            }

            try
            {
                ExportFile.WriteText(target.FullName, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{target.FullName}: {e.Message}");
                return ExitCodes.InputError;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
