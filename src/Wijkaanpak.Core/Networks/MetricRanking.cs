using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The stakeholders ranked by one network metric (*rangorde*): highest value first, ties by
/// ordinal id; for <see cref="NetworkMetric.Communities"/> by community number, then id.
/// </summary>
/// <param name="Metric">The metric.</param>
/// <param name="Scores">The stakeholders and their values, in rank order.</param>
/// <param name="Summary">What the values mean for this run, e.g. the modularity or the betweenness error bound.</param>
public sealed record MetricRanking(NetworkMetric Metric, EquatableArray<StakeholderScore> Scores, string Summary);
