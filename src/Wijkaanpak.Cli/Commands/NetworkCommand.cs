using System.CommandLine;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak network &lt;model.json&gt; [--metrics ...] [--top N] [--format text|json|csv|md]</c>:
/// ranks the stakeholders of a model by network metrics. <c>--top</c> cuts the rankings only, never
/// a community's members; without it every stakeholder is listed in every format.
/// </summary>
internal static class NetworkCommand
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
    /// <param name="context">The run.</param>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("model") { Description = "The model file (JSON, format version 1)." };
        var metrics = new Option<string>("--metrics")
        {
            Description = "Comma-separated metrics: degree, pagerank, betweenness, closeness, kcore, brokers, communities.",
            DefaultValueFactory = _ => "degree,pagerank,betweenness,closeness,kcore,brokers,communities",
        };
        var top = new Option<int?>("--top") { Description = "Keep the first N stakeholders of each ranking (communities keep all their members); 0 or absent for all." };
        var format = FormatOption.ForTables();
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

            if (parse.GetValue(top) is < 0)
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

            var limit = parse.GetValue(top) is { } n and > 0 ? n : (int?)null;
            CliOutput.Write(parse, context, NetworkTables.Of(model, graph, rankings, limit), FormatOption.Table(parse, format));
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
}
