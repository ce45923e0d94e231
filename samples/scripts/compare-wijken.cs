#:property PublishAot=false
#:project ../../src/Wijkaanpak.Core/Wijkaanpak.Core.csproj

// Comparing wijken side by side.
//
// For every outcome and impact indicator: the latest value in each wijk of an area, the value of
// the area itself (rolled up from its wijken where it has no figure of its own), the reference
// the targets are set against, and the trend per year. A wijk that lags is visible at a glance.
//
//   dotnet run samples/scripts/compare-wijken.cs [model.json] [area-id] [--csv]

using System.Globalization;
using Wijkaanpak.Core.Tables;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;
using Wijkaanpak.Core.Serialization;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var model = ModelJson.ReadFile(files.Length > 0 ? files[0] : Path.Combine(here, "..", "models", "nprz-rotterdam-zuid.json"));
var parent = new AreaId(files.Length > 1 ? files[1] : "zuid");
var format = args.Contains("--csv") ? TableFormat.Csv : TableFormat.Markdown;
if (model.FindArea(parent) is not { } area)
{
    Console.Error.WriteLine($"Model '{model.Name}' has no area '{parent}'.");
    return 2;
}

var wijken = model.ChildrenOf(parent).OrderBy(a => a.Id).ToList();
var rollup = ImpactRollup.Compute(model);
var status = rollup.Indicators.ToDictionary(s => (s.IndicatorId, s.AreaId));
var indicators = model.Indicators
    .Where(i => i.Level is ResultLevel.Outcome or ResultLevel.Impact)
    .Where(i => wijken.Any(w => status.ContainsKey((i.Id, w.Id))))
    .OrderBy(i => i.Id);

TableColumn[] columns =
[
    TableColumn.Text("indicator"), TableColumn.Text("unit"), TableColumn.Text("better"),
    .. wijken.Select(w => TableColumn.Number(w.Name, "0.0")),
    TableColumn.Number(area.Name, "0.0"), TableColumn.Text("reference"), TableColumn.Number("referenceValue", "0.0"), TableColumn.Number($"{area.Name} trend/yr", "+0.00;-0.00;0"),
];
var rows = indicators.Select(indicator =>
{
    var own = status.GetValueOrDefault((indicator.Id, parent));
    var reference = indicator.ReferenceValues.OrderByDescending(r => r.Date).FirstOrDefault();
    return (IReadOnlyList<object?>)
    [
        indicator.Name, indicator.Unit, indicator.Polarity == Polarity.LowerIsBetter ? "lower" : "higher",
        .. wijken.Select(w => (object?)status.GetValueOrDefault((indicator.Id, w.Id))?.Latest),
        own?.Latest, reference?.Frame.ToString(), reference?.Value, own?.Trend.TheilSenSlope,
    ];
});

if (format == TableFormat.Markdown)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {model.Name}: {wijken.Count} wijken of {area.Name} side by side (latest values){Environment.NewLine}"));
}

TableWriter.Write(new Table("wijken-side-by-side", columns, rows), Console.Out, format);
return 0;
