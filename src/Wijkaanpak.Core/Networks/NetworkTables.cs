using System.Text.Json;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Tables;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Network rankings as tidy tables (what <c>wijkaanpak network</c> prints): <c>network</c> (one
/// row: the graph and how it was viewed), <c>metrics</c> (per metric what its values mean in this
/// run) and <c>scores</c> (long format: metric, rank, stakeholder, name, type, value).
/// </summary>
/// <remarks>
/// A limit cuts rankings only: the members of a community (<see cref="NetworkMetric.Communities"/>)
/// are never cut, since a community with part of its members would be wrong, not shorter.
/// </remarks>
public static class NetworkTables
{
    /// <summary>The tables of <paramref name="rankings"/> on <paramref name="graph"/>.</summary>
    /// <param name="model">The model the graph was built from (for the stakeholders' names).</param>
    /// <param name="graph">The stakeholder graph.</param>
    /// <param name="rankings">The rankings, in the order asked for.</param>
    /// <param name="top">At most this many stakeholders per ranking; null for all. Community membership is never cut.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    public static IReadOnlyList<Table> Of(WijkaanpakModel model, StakeholderGraph graph, IReadOnlyList<MetricRanking> rankings, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(rankings);
        if (top is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, "A ranking keeps at least one stakeholder; pass null for all.");
        }

        var network = new Table(
            "network",
            [TableColumn.Text("model"), TableColumn.Integer("stakeholders"), TableColumn.Integer("edges"), TableColumn.Flag("undirected"), TableColumn.Flag("weighted")],
            [[model.Name, graph.VertexCount, graph.Graph.EdgeCount, graph.Options.Undirected, graph.Options.Weighted]]);
        var metrics = new Table("metrics", [TableColumn.Text("metric"), TableColumn.Text("summary")], rankings.Select(r => (IReadOnlyList<object?>)[Name(r.Metric), r.Summary]));
        var scores = new List<IReadOnlyList<object?>>();
        foreach (var ranking in rankings)
        {
            var kept = top is { } limit && ranking.Metric != NetworkMetric.Communities ? ranking.Scores.Take(limit) : ranking.Scores;
            var rank = 0;
            foreach (var score in kept)
            {
                rank++;
                scores.Add([Name(ranking.Metric), rank, score.StakeholderId.Value, model.FindStakeholder(score.StakeholderId)?.Name, JsonNamingPolicy.CamelCase.ConvertName(score.Type.ToString()), score.Value]);
            }
        }

        return [network, metrics, new Table("scores", [TableColumn.Text("metric"), TableColumn.Integer("rank"), TableColumn.Text("stakeholder"), TableColumn.Text("name"), TableColumn.Text("type"), TableColumn.Number("value", "G6")], scores)];
    }

    /// <summary>The lower-case name of a metric, as the command line and the tables spell it: <c>pagerank</c>, <c>kcore</c>.</summary>
    /// <param name="metric">The metric.</param>
    public static string Name(NetworkMetric metric) => metric.ToString().ToLowerInvariant();
}
