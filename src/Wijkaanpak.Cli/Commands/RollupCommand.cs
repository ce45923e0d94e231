using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Wijkaanpak.Core.Tables;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak rollup &lt;model.json&gt; [--measurements file.csv] [--as-of yyyy-MM-dd] [--format text|json|csv|md]</c>:
/// rolls measurements up to indicator statuses, areas, goals, contribution, funnels and social
/// return, and prints the tidy tables (docs/rollups.md).
/// </summary>
internal static class RollupCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The run.</param>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("model") { Description = "The model file (JSON, format version 1)." };
        var measurements = new Option<FileInfo?>("--measurements") { Description = "Extra measurements as CSV (area, indicator, date, value, numerator, denominator, sampleSize, source, qualifier)." };
        var skipUnknown = new Option<bool>("--skip-unknown") { Description = "Skip measurement rows naming an unknown area or indicator, listing each, instead of failing." };
        var asOf = new DateOption("statuses, trends and staleness use the measurements on or before it.", "--at");
        var format = FormatOption.ForTables();
        var command = new Command("rollup", "Roll measurements up to indicator statuses, areas, goals, contribution (not attribution), funnels and social return.")
        {
            file,
            measurements,
            skipUnknown,
            format,
        };
        asOf.AddTo(command);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var date = context.Date(parse, asOf);
            var model = ModelFiles.TryRead(parse.GetRequiredValue(file).FullName, error);
            if (model is null)
            {
                return ExitCodes.InputError;
            }

            IReadOnlyList<Measurement> extra = [];
            if (parse.GetValue(measurements) is { } csv)
            {
                if (ModelFiles.TryReadMeasurementsFor(model, csv.FullName, parse.GetValue(skipUnknown), error) is not { } read)
                {
                    return ExitCodes.InputError;
                }

                extra = read;
            }

            var result = ImpactRollup.Compute(model, extra, new RollupOptions { At = date });
            var tableFormat = FormatOption.Table(parse, format);
            WritePreface(output, model, result, tableFormat);
            TableWriter.Write(result.ToTables(), output, tableFormat);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WritePreface(TextWriter output, WijkaanpakModel model, ImpactRollupResult result, TableFormat format)
    {
        if (format is not (TableFormat.Text or TableFormat.Markdown))
        {
            return;
        }

        var at = result.At is { } date ? LocalDatePattern.Iso.Format(date) : "no measurements";
        output.Write(format == TableFormat.Markdown ? $"# Impact rollup: {model.Name}\n\n" : $"Impact rollup: {model.Name}\n");
        output.Write($"Reference date: {at}\n");
        output.Write($"{ContributionAnalysis.Label}\n");
        if (result.DuplicateMeasurements > 0)
        {
            output.Write($"{result.DuplicateMeasurements} duplicate measurements (same indicator, area and date) were ignored.\n");
        }

        output.Write('\n');
    }
}
