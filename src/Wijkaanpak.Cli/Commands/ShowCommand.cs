using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Cli.Commands;

/// <summary><c>wijkaanpak show &lt;model.json&gt;</c>: prints a summary of a model.</summary>
public static class ShowCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("model") { Description = "The model file (JSON, format version 1)." };
        var command = new Command("show", "Print a summary of a model: areas, opgaven, goals by level, interventions, indicators, alliance members.")
        {
            file,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var model = ModelFiles.TryRead(parse.GetRequiredValue(file).FullName, parse.InvocationConfiguration.Error);
            if (model is null)
            {
                return ExitCodes.InputError;
            }

            Render(ModelSummary.Of(model), CliConsole.For(output));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(ModelSummary summary, IAnsiConsole console)
    {
        console.Write(new Rule(Markup.Escape(summary.Name)).LeftJustified());
        if (summary.Horizon is { } horizon)
        {
            console.WriteLine($"Horizon: {horizon.Start:uuuu-MM-dd} to {horizon.End:uuuu-MM-dd}");
        }

        var table = new Table().AddColumns("Element", "Count", "Breakdown");
        table.AddRow("Areas", Count(summary.AreasByLevel.Sum(p => p.Value)), Breakdown(summary.AreasByLevel));
        table.AddRow("Opgaven", Count(summary.Opgaven), string.Empty);
        table.AddRow("Goals", Count(summary.GoalsByLevel.Sum(p => p.Value)), Breakdown(summary.GoalsByLevel));
        table.AddRow("Interventions", Count(summary.InterventionsByKind.Sum(p => p.Value)), Breakdown(summary.InterventionsByKind));
        table.AddRow("Preconditions", Count(summary.Preconditions), string.Empty);
        table.AddRow("Assumptions", Count(summary.Assumptions), string.Empty);
        table.AddRow("Edges", Count(summary.Edges), string.Empty);
        table.AddRow("Indicators", Count(summary.IndicatorsByLevel.Sum(p => p.Value)), Breakdown(summary.IndicatorsByLevel));
        var span = summary.MeasurementSpan is { } s ? $"{s.Start:uuuu-MM-dd} to {s.End:uuuu-MM-dd}" : string.Empty;
        table.AddRow("Measurements", Count(summary.Measurements), span);
        table.AddRow("Stakeholders", Count(summary.Stakeholders), string.Empty);
        table.AddRow("Relations", Count(summary.Relations), string.Empty);
        table.AddRow("Programmes", Count(summary.Programmes), string.Empty);
        console.Write(table);

        if (summary.Alliantie is { } alliantie)
        {
            var former = summary.FormerMembers > 0 ? $" ({summary.FormerMembers} former)" : string.Empty;
            console.WriteLine($"Alliantie {alliantie}: {summary.AllianceMembers.Count} members{former}");
            foreach (var member in summary.AllianceMembers)
            {
                console.WriteLine($"  - {member}");
            }
        }
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Breakdown<TKey>(IReadOnlyList<KeyValuePair<TKey, int>> counts) =>
        Markup.Escape(string.Join(", ", counts.Select(p => $"{p.Key} {p.Value}")));
}
