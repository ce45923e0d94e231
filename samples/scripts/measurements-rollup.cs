#:property PublishAot=false
#:project ../../src/Wijkaanpak.Core/Wijkaanpak.Core.csproj

// Measurements CSV → rollup table.
//
// A research team receives new buurt figures as CSV (the library's tidy format: area, indicator,
// date, value, numerator, denominator, sampleSize, source, qualifier), adds them to the model's
// series and rolls them up to the wijk: ratios as Σ numerator / Σ denominator (never the mean of percentages),
// with the coverage of every result. Prints a Markdown table; pass --csv to get tidy CSV.
//
//   dotnet run samples/scripts/measurements-rollup.cs [model.json] [measurements.csv] [--csv]

using Wijkaanpak.Core.Tables;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;
using Wijkaanpak.Core.Serialization;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var modelPath = files.Length > 0 ? files[0] : Path.Combine(here, "..", "models", "samen-voor-overvecht.json");
var csvPath = files.Length > 1 ? files[1] : Path.Combine(here, "data", "overvecht-2025.csv");
var format = args.Contains("--csv") ? TableFormat.Csv : TableFormat.Markdown;

var model = ModelJson.ReadFile(modelPath);
var added = MeasurementCsv.ReadFile(csvPath);
var rollup = ImpactRollup.Compute(model, model.Measurements.Concat(added));

var indicators = added.Select(m => m.IndicatorId).Distinct().ToHashSet();
var wijken = model.Areas.Where(a => a.Level == ScaleLevel.Wijk).Select(a => a.Id).ToHashSet();
var rows = rollup.Areas
    .Where(a => indicators.Contains(a.IndicatorId) && wijken.Contains(a.AreaId))
    .OrderBy(a => a.IndicatorId.Value, StringComparer.Ordinal)
    .ThenBy(a => a.Date)
    .Select(a => (IReadOnlyList<object?>)
    [
        a.IndicatorId.Value, a.AreaId.Value, a.Date, a.Value,
        a.Coverage.ChildrenWithValue, a.Coverage.Children, a.Dispersion?.WorstChild?.Value, a.Dispersion?.WorstValue,
    ]);
var table = new Table(
    "wijk-rollup",
    [
        TableColumn.Text("indicator"), TableColumn.Text("wijk"), TableColumn.Date("date"), TableColumn.Number("value", "0.0"),
        TableColumn.Integer("buurtenWithValue"), TableColumn.Integer("buurten"), TableColumn.Text("worstBuurt"), TableColumn.Number("worstValue", "0.0"),
    ],
    rows);

if (format == TableFormat.Markdown)
{
    Console.WriteLine($"# {model.Name}: {added.Count} new measurements rolled up to the wijk{Environment.NewLine}");
}

TableWriter.Write(table, Console.Out, format);
