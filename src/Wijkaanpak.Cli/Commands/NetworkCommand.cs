using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak network &lt;model.json&gt; [--metrics ...] [--top N] [--format text|csv|json]</c>:
/// ranks the stakeholders of a model by network metrics.
/// </summary>
public static class NetworkCommand
{
    private static readonly Dictionary<string, NetworkMetric> MetricNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["degree"] = NetworkMetric.Degree,
        ["pagerank"] = NetworkMetric.PageRank,
        ["betweenness"] = NetworkMetric.Betweenness,
        ["closeness"] = NetworkMetric.Closeness,
        ["kcore"] = NetworkMetric.KCore,
        ["brokers"] = NetworkMetric.Brokers,
        ["communities"] = NetworkMetric.Communities,
    };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("model") { Description = "The model file (JSON, format version 1)." };
        var metrics = new Option<string>("--metrics")
        {
            Description = "Comma-separated metrics: degree, pagerank, betweenness, closeness, kcore, brokers, communities.",
            DefaultValueFactory = _ => "degree,pagerank,betweenness,closeness,kcore,brokers,communities",
        };
        var top = new Option<int>("--top") { Description = "Stakeholders per metric; 0 for all.", DefaultValueFactory = _ => 10 };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "csv", "json");
        var kinds = new Option<string?>("--kinds") { Description = "Comma-separated relation kinds to keep (collaboration, funding, mandate, information, conflict); all when absent." };
        var undirected = new Option<bool>("--undirected") { Description = "Use the undirected view (pairs joined once, weights summed)." };
        var unweighted = new Option<bool>("--unweighted") { Description = "Ignore relation weights." };
        var exactLimit = new Option<int>("--exact-limit")
        {
            Description = "Betweenness is exact up to this many stakeholders and sampled (512 pivots, seed 42) above it.",
            DefaultValueFactory = _ => new NetworkMetricsOptions().ExactBetweennessLimit,
        };
        var command = new Command("network", "Rank the stakeholders of a model by network metrics on the stakeholder graph.")
        {
            file, metrics, top, format, kinds, undirected, unweighted, exactLimit,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!TryParseMetrics(parse.GetValue(metrics) ?? string.Empty, error, out var chosen)
                || !TryParseKinds(parse.GetValue(kinds), error, out var keptKinds))
            {
                return ExitCodes.InputError;
            }

            if (parse.GetValue(top) < 0)
            {
                error.WriteLine("--top must be 0 (all) or more.");
                return ExitCodes.InputError;
            }

            var model = ModelFiles.TryRead(parse.GetRequiredValue(file).FullName, error);
            if (model is null)
            {
                return ExitCodes.InputError;
            }

            StakeholderGraph graph;
            List<MetricRanking> rankings;
            try
            {
                graph = StakeholderGraph.Build(model, new StakeholderGraphOptions
                {
                    Kinds = keptKinds,
                    Undirected = parse.GetValue(undirected),
                    Weighted = !parse.GetValue(unweighted),
                });
                var settings = new NetworkMetricsOptions { ExactBetweennessLimit = parse.GetValue(exactLimit) };
                rankings = [.. chosen.Select(metric => StakeholderMetrics.Rank(graph, metric, settings))];
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"{parse.GetRequiredValue(file).FullName}: {e.Message}");
                return ExitCodes.InputError;
            }

            var limit = parse.GetValue(top);
            var output = parse.InvocationConfiguration.Output;
            switch (parse.GetValue(format))
            {
                case "csv":
                    WriteCsv(rankings, limit, output);
                    break;
                case "json":
                    WriteJson(model, graph, rankings, limit, output);
                    break;
                default:
                    WriteText(model, graph, rankings, limit, CliConsole.For(output));
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryParseMetrics(string text, TextWriter error, out List<NetworkMetric> metrics)
    {
        metrics = [];
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!MetricNames.TryGetValue(name, out var metric))
            {
                error.WriteLine($"--metrics: unknown metric '{name}'; choose from {string.Join(", ", MetricNames.Keys)}.");
                return false;
            }

            if (!metrics.Contains(metric))
            {
                metrics.Add(metric);
            }
        }

        if (metrics.Count == 0)
        {
            error.WriteLine("--metrics: name at least one metric.");
            return false;
        }

        return true;
    }

    private static bool TryParseKinds(string? text, TextWriter error, out EquatableArray<RelationKind> kinds)
    {
        kinds = [];
        var list = new List<RelationKind>();
        foreach (var name in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<RelationKind>(name, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                error.WriteLine($"--kinds: unknown relation kind '{name}'; choose from {string.Join(", ", Enum.GetNames<RelationKind>().Select(n => n.ToLowerInvariant()))}.");
                return false;
            }

            list.Add(kind);
        }

        kinds = [.. list];
        return true;
    }

    private static IEnumerable<StakeholderScore> Limit(MetricRanking ranking, int top) =>
        top == 0 ? ranking.Scores : ranking.Scores.Take(top);

    private static string MetricName(NetworkMetric metric) => metric.ToString().ToLowerInvariant();

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteCsv(List<MetricRanking> rankings, int top, TextWriter output)
    {
        output.Write("stakeholder,metric,value\n");
        foreach (var ranking in rankings)
        {
            foreach (var score in Limit(ranking, top))
            {
                output.Write($"{Csv(score.StakeholderId.Value)},{MetricName(ranking.Metric)},{Number(score.Value)}\n");
            }
        }
    }

    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static void WriteJson(WijkaanpakModel model, StakeholderGraph graph, List<MetricRanking> rankings, int top, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("model", model.Name);
            json.WriteNumber("stakeholders", graph.VertexCount);
            json.WriteNumber("edges", graph.Graph.EdgeCount);
            json.WriteBoolean("undirected", graph.Options.Undirected);
            json.WriteBoolean("weighted", graph.Options.Weighted);
            json.WriteStartArray("metrics");
            foreach (var ranking in rankings)
            {
                json.WriteStartObject();
                json.WriteString("metric", MetricName(ranking.Metric));
                json.WriteString("summary", ranking.Summary);
                json.WriteStartArray("scores");
                foreach (var score in Limit(ranking, top))
                {
                    json.WriteStartObject();
                    json.WriteString("stakeholder", score.StakeholderId.Value);
                    json.WriteString("type", JsonNamingPolicy.CamelCase.ConvertName(score.Type.ToString()));
                    json.WriteNumber("value", score.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static void WriteText(WijkaanpakModel model, StakeholderGraph graph, List<MetricRanking> rankings, int top, IAnsiConsole console)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{model.Name}: {graph.VertexCount} stakeholders, {graph.Graph.EdgeCount} edges ({(graph.Options.Undirected ? "undirected" : "directed")}, {(graph.Options.Weighted ? "weighted" : "unweighted")})"));
        foreach (var ranking in rankings)
        {
            console.Write(new Rule(Markup.Escape($"{MetricName(ranking.Metric)}: {ranking.Summary}")).LeftJustified());
            var table = new Table().AddColumns("#", "Stakeholder", "Name", "Type", ranking.Metric == NetworkMetric.Communities ? "Community" : "Value");
            var rank = 0;
            foreach (var score in Limit(ranking, top))
            {
                rank++;
                table.AddRow(
                    rank.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(score.StakeholderId.Value),
                    Markup.Escape(model.FindStakeholder(score.StakeholderId)?.Name ?? string.Empty),
                    score.Type.ToString(),
                    score.Value.ToString("G6", CultureInfo.InvariantCulture));
            }

            console.Write(table);
        }
    }
}
