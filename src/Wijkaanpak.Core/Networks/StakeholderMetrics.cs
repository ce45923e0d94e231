using System.Globalization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Ranks the stakeholders of a <see cref="StakeholderGraph"/> by a network metric, mapping the
/// metric's vertex values back to stakeholder ids and types. The metrics themselves are those of
/// this namespace (<see cref="PageRank"/>, <see cref="Betweenness"/>, <see cref="Louvain"/>, ...).
/// </summary>
public static class StakeholderMetrics
{
    /// <summary>Computes <paramref name="metric"/> on the graph and ranks every stakeholder by it.</summary>
    /// <param name="graph">The stakeholder graph (the view decides direction, kinds and weights).</param>
    /// <param name="metric">The metric.</param>
    /// <param name="options">Betweenness limit, pivots and seed; defaults when null.</param>
    /// <returns>The ranking; for brokers only the articulation points.</returns>
    /// <exception cref="ArgumentException">A metric refuses the graph's weights (e.g. a zero weight for weighted betweenness).</exception>
    public static MetricRanking Rank(StakeholderGraph graph, NetworkMetric metric, NetworkMetricsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new NetworkMetricsOptions();
        var g = graph.Graph;
        switch (metric)
        {
            case NetworkMetric.Degree:
                return Ranked(graph, metric, WeightedDegree.Compute(g).Total, "summed weight of relations in and out");
            case NetworkMetric.PageRank:
                var pageRank = PageRank.Compute(g);
                return Ranked(graph, metric, pageRank.Scores, Invariant($"damping 0.85, {pageRank.Iterations} iterations, converged {pageRank.Converged}"));
            case NetworkMetric.Betweenness:
                var betweenness = g.VertexCount <= options.ExactBetweennessLimit
                    ? Betweenness.Exact(g)
                    : Betweenness.Approximate(g, Math.Min(options.Pivots, g.VertexCount), options.Seed);
                var how = betweenness.IsExact
                    ? "exact (Brandes), normalised"
                    : Invariant($"sampled from {betweenness.SourceCount} sources (seed {options.Seed}), normalised; error at most {betweenness.ErrorBound:G4} with probability {betweenness.Confidence:G4}");
                return Ranked(graph, metric, betweenness.Scores, how);
            case NetworkMetric.Closeness:
                return Ranked(graph, metric, HarmonicCloseness.Compute(g), "harmonic closeness (sum of 1/distance, in steps)");
            case NetworkMetric.KCore:
                var cores = KCore.Compute(g);
                return Ranked(graph, metric, cores.Core.Select(c => (double)c), Invariant($"degeneracy {cores.Degeneracy}"));
            case NetworkMetric.Brokers:
                return RankBrokers(graph, Brokers.Compute(g));
            case NetworkMetric.Communities:
                return RankCommunities(graph, Louvain.Detect(g, new LouvainOptions { Seed = options.Seed }));
            default:
                throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown network metric.");
        }
    }

    private static MetricRanking Ranked(StakeholderGraph graph, NetworkMetric metric, IEnumerable<double> values, string summary)
    {
        var scores = values.Select((value, v) => new StakeholderScore(graph.IdOf(v), graph.TypeOf(v), value))
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.StakeholderId);
        return new MetricRanking(metric, [.. scores], summary);
    }

    private static MetricRanking RankBrokers(StakeholderGraph graph, BrokerStructure brokers)
    {
        var bridges = new Dictionary<int, int>();
        foreach (var bridge in brokers.Bridges)
        {
            bridges[bridge.U] = bridges.GetValueOrDefault(bridge.U) + 1;
            bridges[bridge.V] = bridges.GetValueOrDefault(bridge.V) + 1;
        }

        var scores = brokers.ArticulationPoints
            .Select(v => new StakeholderScore(graph.IdOf(v), graph.TypeOf(v), bridges.GetValueOrDefault(v)))
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.StakeholderId);
        var summary = Invariant($"{brokers.ArticulationPoints.Count} articulation points, {brokers.Bridges.Count} bridges; value = bridges held");
        return new MetricRanking(NetworkMetric.Brokers, [.. scores], summary);
    }

    private static MetricRanking RankCommunities(StakeholderGraph graph, CommunityPartition partition)
    {
        var scores = partition.CommunityOf
            .Select((community, v) => new StakeholderScore(graph.IdOf(v), graph.TypeOf(v), community))
            .OrderBy(s => s.Value)
            .ThenBy(s => s.StakeholderId);
        var summary = Invariant($"{partition.CommunityCount} communities (Louvain), modularity {partition.Modularity:F4}");
        return new MetricRanking(NetworkMetric.Communities, [.. scores], summary);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
