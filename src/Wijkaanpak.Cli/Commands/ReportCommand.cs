using System.CommandLine;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Instruments;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak report &lt;model.json&gt; -o report.html|report.md [--lang nl|en] [--measurements file.csv] [--assessment checklist.json] [--rules file] [--as-of yyyy-MM-dd]</c>:
/// writes the report on a model (*rapportage*) as a self-contained HTML page or as Markdown,
/// the format following the extension of the output file. The model is validated (with the rules
/// file beside it or given, else the default profile) for the diagnostics section and rolled up for
/// the indicator statuses, both at the reference date.
/// </summary>
internal static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The run.</param>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("model") { Description = "The model file (JSON, format version 1)." };
        var output = new Option<FileInfo>("--output", "-o")
        {
            Description = "The report file: .html or .htm for a web page that opens offline, .md for Markdown.",
            Required = true,
        };
        var measurements = new Option<FileInfo?>("--measurements")
        {
            Description = "Measurements to add to the model's own (CSV: area, indicator, date, value, ...).",
        };
        var skipUnknown = new Option<bool>("--skip-unknown") { Description = "Skip measurement rows naming an unknown area or indicator, listing each, instead of failing." };
        var assessment = new Option<FileInfo?>("--assessment")
        {
            Description = "A filled-in checklist (assessment JSON) whose scores go into the checklist section.",
        };
        var rules = new RulesOption();
        var asOf = new DateOption("the time rules of the diagnostics (contract review, stale measurements) compare with it and indicators are rolled up to it.");
        var command = new Command("report", "Write a report on a model for a wethouder or programme manager: summary, theory of change, indicators, areas, alliance and network, diagnostics, checklist scores.")
        {
            file,
            output,
            measurements,
            skipUnknown,
            assessment,
        };
        asOf.AddTo(command);
        rules.AddTo(command);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var target = parse.GetRequiredValue(output).FullName;
            var extension = Path.GetExtension(target).ToLowerInvariant();
            if (extension is not (".html" or ".htm" or ".md"))
            {
                error.WriteLine($"{target}: the report format follows the extension; use .html, .htm or .md.");
                return ExitCodes.InputError;
            }

            var modelPath = parse.GetRequiredValue(file).FullName;
            var model = ModelFiles.TryRead(modelPath, error);
            if (model is null)
            {
                return ExitCodes.InputError;
            }

            if (parse.GetValue(measurements) is { } csv)
            {
                model = ModelFiles.TryAddMeasurements(model, csv.FullName, error, parse.GetValue(skipUnknown));
                if (model is null)
                {
                    return ExitCodes.InputError;
                }
            }

            var date = context.Date(parse, asOf);
            var language = context.Language(parse);
            if (rules.Apply(parse, modelPath, new ValidationOptions { Today = date, Language = language }, error) is not { } validation)
            {
                return ExitCodes.InputError;
            }

            var options = new ReportOptions
            {
                Language = language,
            }.WithValidation(Validator.Validate(model, validation));
            options = options.WithRollup(ImpactRollup.Compute(model, options: new RollupOptions { At = date }));
            if (parse.GetValue(assessment) is { } checklist)
            {
                try
                {
                    options = options.WithAssessment(AssessmentScorer.Score(AssessmentJson.ReadFile(checklist.FullName)));
                }
                catch (Exception e) when (e is AssessmentException or IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"{checklist.FullName}: {e.Message}");
                    return ExitCodes.InputError;
                }
            }

            try
            {
                if (extension == ".md")
                {
                    Report.WriteMarkdown(model, target, options);
                }
                else
                {
                    Report.WriteHtml(model, target, options);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{target}: {e.Message}");
                return ExitCodes.InputError;
            }

            parse.InvocationConfiguration.Output.WriteLine($"Wrote {target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
