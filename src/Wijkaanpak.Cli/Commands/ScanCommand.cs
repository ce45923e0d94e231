using System.CommandLine;
using Wijkaanpak.Core.Instruments;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak scan &lt;model.json&gt; [--as-of yyyy-MM-dd] [--format text|json|csv|md]</c>: barrier
/// signals and levers present in a model, and its phase (with the default validation profile's
/// errors at the reference date as input to the gates).
/// </summary>
internal static class ScanCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The run.</param>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("model") { Description = "The model file (JSON, format version 1)." };
        var format = FormatOption.ForTables();
        var asOf = new DateOption("the validation errors that block a phase gate include the time rules at this date.");
        var command = new Command("scan", "Scan a model for barrier risks (barrières) and levers present (breekijzers), and show its phase and what blocks the next.")
        {
            file,
            format,
        };
        asOf.AddTo(command);
        command.SetAction(parse =>
        {
            var model = ModelFiles.TryRead(parse.GetRequiredValue(file).FullName, parse.InvocationConfiguration.Error);
            if (model is null)
            {
                return ExitCodes.InputError;
            }

            var validation = Validator.Validate(model, new ValidationOptions { Today = context.Date(parse, asOf), Language = context.Language(parse) });
            var errors = validation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code);
            var phase = PhaseProgress.Of(model, new PhaseInput { ValidationErrorCodes = [.. errors] });
            CliOutput.Write(parse, context, ScanTables.Of(BarrierScan.Of(model), phase, context.Language(parse)), FormatOption.Table(parse, format));
            return ExitCodes.Success;
        });
        return command;
    }
}
