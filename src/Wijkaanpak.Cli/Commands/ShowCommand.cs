using System.CommandLine;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Cli.Commands;

/// <summary><c>wijkaanpak show &lt;model.json&gt; [--format text|json|csv|md]</c>: prints a summary of a model.</summary>
internal static class ShowCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The run.</param>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("model") { Description = "The model file (JSON, format version 1)." };
        var format = FormatOption.ForTables();
        var command = new Command("show", "Print a summary of a model: areas, opgaven, goals by level, interventions, indicators, alliance members.")
        {
            file,
            format,
        };
        command.SetAction(parse =>
        {
            var model = ModelFiles.TryRead(parse.GetRequiredValue(file).FullName, parse.InvocationConfiguration.Error);
            if (model is null)
            {
                return ExitCodes.InputError;
            }

            CliOutput.Write(parse, context, ModelSummaryTables.Of(ModelSummary.Of(model)), FormatOption.Table(parse, format));
            return ExitCodes.Success;
        });
        return command;
    }
}
