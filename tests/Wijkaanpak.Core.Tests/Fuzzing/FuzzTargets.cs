using System.Text;
using NodaTime;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Instruments;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;
using Wijkaanpak.Core.Rollups;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tables;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Fuzzing;

/// <summary>
/// Every public entry point a user reaches with a model file: reading (model JSON and measurement
/// CSV), and on a model that loaded, validation with its three writers and their source positions,
/// the rollup and its tables in every format, network metrics, the alliance analysis, the barrier
/// scan and phase, the summary, the report in HTML and Markdown, every export and the round trips.
/// </summary>
internal static class FuzzTargets
{
    private static readonly LocalDate Today = new(2026, 6, 1);

    /// <summary>What reading gave: the model, or null when it was refused with the documented exception.</summary>
    public static WijkaanpakModel? Read(byte[] utf8)
    {
        try
        {
            return ModelJson.Read(utf8, source: "fuzz.json");
        }
        catch (WijkaanpakModelException e)
        {
            if (e.Problems.Count == 0)
            {
                throw new InvalidOperationException("A refused model names no problem.", e);
            }

            return null;
        }
    }

    /// <summary>Measurements read from CSV text, or null when refused with the documented exception.</summary>
    public static IReadOnlyList<Measurement>? ReadCsv(string csv)
    {
        try
        {
            return MeasurementCsv.Read(new StringReader(csv), "fuzz.csv");
        }
        catch (WijkaanpakModelException)
        {
            return null;
        }
    }

    /// <summary>Runs every analysis and writer on a model that loaded; any exception is a defect.</summary>
    /// <param name="model">The model.</param>
    /// <param name="utf8">The file it was read from, for the source positions of findings.</param>
    /// <param name="heavy">Whether to run the costliest entry points too: the rollup at a date, its tables in every format, the round trips and both reports.</param>
    public static void Exercise(WijkaanpakModel model, byte[] utf8, bool heavy)
    {
        var validation = Validator.Validate(model, new ValidationOptions { Today = Today });
        var positions = ModelJson.Locate(utf8, validation.Diagnostics.Select(d => d.Location).OfType<string>());
        DiagnosticTextWriter.Write(TextWriter.Null, validation, "fuzz.json", positions);
        DiagnosticJsonWriter.Write(Stream.Null, validation);
        SarifWriter.Write(Stream.Null, validation, "fuzz.json", Validator.BuiltInRules, positions);

        var rollup = ImpactRollup.Compute(model);
        var graph = StakeholderGraph.Build(model, new StakeholderGraphOptions { Undirected = heavy });
        foreach (var metric in Enum.GetValues<NetworkMetric>())
        {
            StakeholderMetrics.Rank(graph, metric);
        }

        AllianceAnalysis.Analyse(model);
        BarrierScan.Of(model);
        PhaseProgress.Of(model, new PhaseInput { ValidationErrorCodes = [.. validation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code)] });
        ModelSummary.Of(model);
        DotExporter.TheoryOfChange(model);
        DotExporter.StakeholderGraph(model);
        MermaidExporter.TheoryOfChange(model);
        MermaidExporter.StakeholderGraph(model);
        if (!heavy)
        {
            return;
        }

        var dated = ImpactRollup.Compute(model, options: new RollupOptions { At = Today });
        foreach (var format in Enum.GetValues<TableFormat>())
        {
            TableWriter.Write(rollup.ToTables(), TextWriter.Null, format);
            TableWriter.Write(dated.ToTables(), TextWriter.Null, format);
        }

        var written = ModelJson.WriteToString(model);
        if (ModelJson.ReadFromString(written) != model)
        {
            throw new InvalidOperationException("The model read back from its own output differs.");
        }

        var csv = new StringWriter();
        MeasurementCsv.Write(model.Measurements, csv);
        MeasurementCsv.Read(new StringReader(csv.ToString()), "roundtrip.csv");

        var options = new ReportOptions { AsOf = Today }.WithValidation(validation).WithRollup(dated);
        Report.ToHtml(model, options);
        Report.ToMarkdown(model, options with { Language = Language.English });
    }

    /// <summary>The model's measurements as CSV text, the form a data team hands in.</summary>
    public static string MeasurementsCsv(WijkaanpakModel model)
    {
        var csv = new StringWriter(new StringBuilder());
        MeasurementCsv.Write(model.Measurements, csv);
        return csv.ToString();
    }
}
