using System.CommandLine;
using Spectre.Console;
using Wijkaanpak.Core.Instruments;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak scan &lt;model.json&gt;</c>: barrier signals and levers present in a model, and its phase
/// (with the default validation profile's errors as input to the gates).
/// </summary>
public static class ScanCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("model") { Description = "The model file (JSON, format version 1)." };
        var command = new Command("scan", "Scan a model for barrier risks (barrières) and levers present (breekijzers), and show its phase and what blocks the next.") { file };
        command.SetAction(parse =>
        {
            var model = ModelFiles.TryRead(parse.GetRequiredValue(file).FullName, parse.InvocationConfiguration.Error);
            if (model is null)
            {
                return ExitCodes.InputError;
            }

            var errors = Validator.Validate(model).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code);
            var phase = PhaseProgress.Of(model, new PhaseInput { ValidationErrorCodes = [.. errors] });
            Render(model.Name, BarrierScan.Of(model), phase, CliConsole.For(parse.InvocationConfiguration.Output));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(string name, BarrierScanResult scan, PhaseReport phase, IAnsiConsole console)
    {
        console.Write(new Rule(Markup.Escape(name)).LeftJustified());
        console.WriteLine($"Barrier signals: {scan.Signals.Count}");
        foreach (var signal in scan.Signals)
        {
            var entry = BarrierCatalogue.Find(signal.EntryId);
            console.WriteLine($"- [{signal.Code}] {signal.EntryId} {entry?.Name.En}: {signal.Finding.En}");
            if (!signal.ElementIds.IsEmpty)
            {
                console.WriteLine($"  elements: {string.Join(", ", signal.ElementIds)}");
            }

            if (!signal.MissingLeverIds.IsEmpty)
            {
                console.WriteLine($"  levers to consider: {string.Join(", ", signal.MissingLeverIds.Select(id => $"{id} {BarrierCatalogue.Find(id)?.Name.En}"))}");
            }
        }

        console.WriteLine();
        console.WriteLine($"Levers present: {scan.LeversPresent.Count}");
        foreach (var lever in scan.LeversPresent)
        {
            console.WriteLine($"+ {lever.LeverId} {BarrierCatalogue.Find(lever.LeverId)?.Name.En}: {lever.Evidence.En}");
        }

        console.WriteLine();
        console.WriteLine($"Phase: {PhaseTitles.Of(phase.Current)} (cycle {phase.Cycle}); next: {PhaseTitles.Of(phase.Next.To).En}");
        foreach (var blocker in phase.Next.Blockers)
        {
            console.WriteLine($"  blocked by [{blocker.Code}]: {blocker.Reason.En}");
        }
    }
}
