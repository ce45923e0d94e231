using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class StakeholderMetricsTests
{
    /// <summary>A star around the gemeente with a tail: gemeente – corporatie – politie, gemeente – school, gemeente – zorg.</summary>
    private static StakeholderGraph Star() => StakeholderGraph.Build(new ModelBuilder("Ster")
        .Stakeholder("gemeente", "Gemeente", StakeholderType.Gemeente)
        .Stakeholder("corporatie", "Corporatie", StakeholderType.Woningcorporatie)
        .Stakeholder("politie", "Politie", StakeholderType.Politie)
        .Stakeholder("school", "School", StakeholderType.Onderwijs)
        .Stakeholder("zorg", "Zorg", StakeholderType.Zorg)
        .Relation("gemeente", "corporatie", RelationKind.Funding)
        .Relation("corporatie", "politie", RelationKind.Collaboration)
        .Relation("gemeente", "school", RelationKind.Funding)
        .Relation("gemeente", "zorg", RelationKind.Funding)
        .Build(), new StakeholderGraphOptions { Undirected = true });

    [Fact]
    public void A_ranking_puts_the_highest_value_first_and_breaks_ties_by_ordinal_id()
    {
        var ranking = StakeholderMetrics.Rank(Star(), NetworkMetric.Degree);

        Assert.Equal(["gemeente", "corporatie", "politie", "school", "zorg"], ranking.Scores.Select(s => s.StakeholderId.Value));
        Assert.Equal(StakeholderType.Gemeente, ranking.Scores[0].Type);
        Assert.Equal(3, ranking.Scores[0].Value);
    }

    [Fact]
    public void Brokers_are_the_articulation_points_valued_by_the_bridges_they_hold()
    {
        var ranking = StakeholderMetrics.Rank(Star(), NetworkMetric.Brokers);

        Assert.Equal(["gemeente", "corporatie"], ranking.Scores.Select(s => s.StakeholderId.Value));
        Assert.Equal([3.0, 2.0], ranking.Scores.Select(s => s.Value));
        Assert.StartsWith("2 articulation points, 4 bridges", ranking.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Betweenness_is_exact_up_to_the_limit_and_sampled_above_it()
    {
        var exact = StakeholderMetrics.Rank(Star(), NetworkMetric.Betweenness);
        var sampled = StakeholderMetrics.Rank(Star(), NetworkMetric.Betweenness, new NetworkMetricsOptions { ExactBetweennessLimit = 3, Pivots = 2 });

        Assert.StartsWith("exact", exact.Summary, StringComparison.Ordinal);
        Assert.StartsWith("sampled from 2 sources", sampled.Summary, StringComparison.Ordinal);
        Assert.Equal("gemeente", exact.Scores[0].StakeholderId.Value);
    }

    [Fact]
    public void Communities_are_listed_by_community_number_with_the_modularity_in_the_summary()
    {
        var ranking = StakeholderMetrics.Rank(Star(), NetworkMetric.Communities);

        Assert.Contains("modularity", ranking.Summary, StringComparison.Ordinal);
        Assert.Equal(ranking.Scores.Select(s => s.Value).Order(), ranking.Scores.Select(s => s.Value));
    }
}
