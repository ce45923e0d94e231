#:property PublishAot=false
#:project ../../src/Wijkaanpak.Core/Wijkaanpak.Core.csproj

// Sensitivity of a social-return estimate.
//
// A maatschappelijke business case rests on assumptions: how much would have happened anyway
// (deadweight), how much is due to others (attribution), how long an effect lasts. This script
// reads a model's social-return cases, prints the estimate with the library's one-at-a-time
// sensitivity rows, and then sweeps deadweight against duration for the largest outcome, so a
// programme manager sees which assumption decides whether the case pays off.
//
//   dotnet run samples/scripts/social-return-sensitivity.cs [model.json] [case-id]

using System.Globalization;
using Wijkaanpak.Core.Tables;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;
using Wijkaanpak.Core.Serialization;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var modelPath = args.Length > 0 ? args[0] : Path.Combine(here, "..", "models", "nijmegen-oud-west.json");
var model = ModelJson.ReadFile(modelPath);
var socialCase = args.Length > 1
    ? model.SocialReturnCases.FirstOrDefault(c => c.Id.Value == args[1])
    : model.SocialReturnCases.IsEmpty ? null : model.SocialReturnCases[0];
if (socialCase is null)
{
    Console.Error.WriteLine($"{modelPath}: no social-return case {(args.Length > 1 ? $"'{args[1]}'" : "at all")}.");
    return 2;
}

var estimate = Estimate(model, socialCase);
Console.WriteLine($"# {estimate.Name}");
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Investment {estimate.Investment:#,##0} euro, present value {estimate.PresentValue:#,##0} euro, net {estimate.NetPresentValue:#,##0} euro, {estimate.RatioPerEuro:0.00} euro per euro invested (discount rate {estimate.DiscountRate:0.0%})."));
Console.WriteLine();

var oneAtATime = new Table(
    "sensitivity",
    [
        TableColumn.Text("parameter"), TableColumn.Number("change", "0.###"), TableColumn.Number("lowRatio", "0.00"), TableColumn.Number("highRatio", "0.00"),
        TableColumn.Number("lowNet", "#,##0"), TableColumn.Number("highNet", "#,##0"),
    ],
    estimate.Sensitivity.Select(r => (IReadOnlyList<object?>)[r.Parameter, r.Change, r.LowRatio, r.HighRatio, r.LowNetPresentValue, r.HighNetPresentValue]));
TableWriter.Write(oneAtATime, Console.Out, TableFormat.Markdown);
Console.WriteLine();

var largest = socialCase.Outcomes.OrderByDescending(o => o.Quantity * (double)o.FinancialProxy).First();
double[] deadweights = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
int[] durations = [1, 2, 3, 4, 5];
Console.WriteLine($"Euro per euro invested when '{largest.Name}' has this deadweight (rows) and lasts this many years (columns):");
Console.WriteLine();
var sweep = new Table(
    "deadweight-by-duration",
    [TableColumn.Number("deadweight", "0%"), .. durations.Select(d => TableColumn.Number($"{d} yr", "0.00"))],
    deadweights.Select(deadweight => (IReadOnlyList<object?>)
    [
        deadweight,
        .. durations.Select(duration => (object?)Estimate(model, Vary(socialCase, largest, deadweight, duration)).RatioPerEuro),
    ]));
TableWriter.Write(sweep, Console.Out, TableFormat.Markdown);
return 0;

static SocialReturnResult Estimate(WijkaanpakModel model, SocialReturnCase socialCase) =>
    ImpactRollup.Compute(model with { SocialReturnCases = [socialCase] }).SocialReturn.Single();

static SocialReturnCase Vary(SocialReturnCase socialCase, SocialOutcome outcome, double deadweight, int duration) => socialCase with
{
    Outcomes = socialCase.Outcomes.Select(o => o == outcome ? o with { Deadweight = deadweight, Duration = duration } : o).ToEquatableArray(),
};
