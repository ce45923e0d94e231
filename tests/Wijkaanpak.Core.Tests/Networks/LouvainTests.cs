using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class LouvainTests
{
    [Fact]
    public void The_karate_club_reaches_the_best_known_modularity_with_the_default_seed()
    {
        var result = Louvain.Detect(KarateClub.Graph());

        Assert.Equal(0.4198, result.Modularity, 1e-4);
        Assert.Equal(4, result.CommunityCount);
    }

    [Fact]
    public void The_karate_club_modularity_stays_in_the_published_range_for_almost_every_seed()
    {
        var modularities = Enumerable.Range(0, 20).Select(seed => Louvain.Detect(KarateClub.Graph(), new LouvainOptions { Seed = seed }).Modularity).ToArray();

        Assert.All(modularities, q => Assert.InRange(q, 0.39, 0.42));
        Assert.True(modularities.Count(q => q >= 0.41) >= 17, string.Join(", ", modularities));
    }

    [Fact]
    public void The_karate_communities_roughly_recover_the_two_factions()
    {
        var result = Louvain.Detect(KarateClub.Graph(), new LouvainOptions { Seed = 1 });
        var mrHi = KarateClub.MrHiFaction.Select(KarateClub.Vertex).ToHashSet();

        var agreeing = Enumerable.Range(0, result.CommunityCount).Sum(c =>
        {
            var members = result.Members(c);
            var withMrHi = members.Count(mrHi.Contains);
            return Math.Max(withMrHi, members.Length - withMrHi);
        });

        Assert.True(agreeing >= 31, $"only {agreeing} of 34 members share a community with the majority of their faction");
    }

    [Fact]
    public void The_modularity_of_the_faction_split_matches_networkx()
    {
        var graph = KarateClub.Graph();
        var mrHi = KarateClub.MrHiFaction.Select(KarateClub.Vertex).ToHashSet();
        var split = Enumerable.Range(0, 34).Select(v => mrHi.Contains(v) ? 0 : 1).ToArray();

        Assert.Equal(0.3582347140039448, Louvain.Modularity(graph, split), 1e-12);
    }

    [Fact]
    public void The_reported_modularity_is_that_of_the_reported_partition()
    {
        var graph = KarateClub.Graph();
        var result = Louvain.Detect(graph, new LouvainOptions { Seed = 5 });

        Assert.Equal(Louvain.Modularity(graph, result.CommunityOf), result.Modularity, 1e-12);
    }

    [Fact]
    public void The_same_seed_gives_the_same_communities()
    {
        var graph = KarateClub.Graph();

        Assert.Equal(Louvain.Detect(graph, new LouvainOptions { Seed = 9 }), Louvain.Detect(graph, new LouvainOptions { Seed = 9 }));
    }

    [Fact]
    public void Two_cliques_joined_by_one_tie_are_two_communities_numbered_by_smallest_vertex()
    {
        var sources = new List<int>();
        var targets = new List<int>();
        foreach (var offset in new[] { 0, 5 })
        {
            for (var a = 0; a < 5; a++)
            {
                for (var b = a + 1; b < 5; b++)
                {
                    sources.Add(offset + a);
                    targets.Add(offset + b);
                }
            }
        }

        sources.Add(4);
        targets.Add(5);
        var result = Louvain.Detect(CompactGraph.FromEdges(10, [.. sources], [.. targets]));

        Assert.Equal([0, 0, 0, 0, 0, 1, 1, 1, 1, 1], result.CommunityOf);
    }

    [Fact]
    public void A_partition_of_the_wrong_length_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Louvain.Modularity(KarateClub.Graph(), [0, 1]));
    }
}
