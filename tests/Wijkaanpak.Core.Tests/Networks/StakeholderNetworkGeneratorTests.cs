using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class StakeholderNetworkGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_network()
    {
        var a = StakeholderNetworkGenerator.Generate(2_000, 6_000, seed: 7);
        var b = StakeholderNetworkGenerator.Generate(2_000, 6_000, seed: 7);

        Assert.True(a.Types.SequenceEqual(b.Types));
        Assert.True(a.Sources.SequenceEqual(b.Sources));
        Assert.True(a.Targets.SequenceEqual(b.Targets));
        Assert.True(a.Kinds.SequenceEqual(b.Kinds));
        Assert.True(a.Weights.SequenceEqual(b.Weights));
    }

    [Fact]
    public void A_different_seed_gives_a_different_network()
    {
        var a = StakeholderNetworkGenerator.Generate(2_000, 6_000, seed: 7);
        var b = StakeholderNetworkGenerator.Generate(2_000, 6_000, seed: 8);

        Assert.False(a.Targets.SequenceEqual(b.Targets));
    }

    [Fact]
    public void The_network_has_exactly_the_requested_relations_without_self_loops_or_parallel_edges()
    {
        Prop.ForAll(
            Gen.Choose(2, 300).SelectMany(n => Gen.Choose(n - 1, n * (n - 1) / 2).Select(m => (n, m))).ToArbitrary(),
            ArbMap.Default.ArbFor<ulong>(),
            (size, seed) =>
            {
                var network = StakeholderNetworkGenerator.Generate(size.n, size.m, seed);
                var pairs = new HashSet<(int, int)>();
                for (var e = 0; e < network.EdgeCount; e++)
                {
                    var (u, v) = (network.Sources[e], network.Targets[e]);
                    if (u == v || !pairs.Add((Math.Min(u, v), Math.Max(u, v))))
                    {
                        return false;
                    }
                }

                return network.EdgeCount == size.m && network.NodeCount == size.n;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_stakeholder_has_at_least_one_relation()
    {
        var network = StakeholderNetworkGenerator.Generate(5_000, 4_999, seed: 1);

        var degree = Degrees(network);

        Assert.DoesNotContain(0, degree);
    }

    [Fact]
    public void The_degree_distribution_has_a_power_law_tail_with_exponent_near_three()
    {
        var network = StakeholderNetworkGenerator.Generate(50_000, 150_000, seed: 42);
        var degree = Degrees(network);

        // Maximum-likelihood exponent of the tail above the minimum degree (Clauset, Shalizi and Newman 2009, eq. 3.7).
        const double minimum = 6;
        var tail = degree.Where(d => d >= minimum).ToArray();
        var alpha = 1 + (tail.Length / tail.Sum(d => Math.Log(d / (minimum - 0.5))));

        Assert.InRange(alpha, 2.3, 3.7);
        Assert.True(degree.Max() > 50 * degree.Average(), "hubs: the largest degree is far above the mean");
    }

    [Fact]
    public void The_fixed_core_of_an_area_approach_comes_first()
    {
        var network = StakeholderNetworkGenerator.Generate(100, 300, seed: 3);

        Assert.Equal(
            [StakeholderType.Gemeente, StakeholderType.Woningcorporatie, StakeholderType.Politie, StakeholderType.Welzijn, StakeholderType.Onderwijs, StakeholderType.Zorg],
            network.Types[..6].ToArray());
    }

    [Fact]
    public void Relations_of_every_kind_and_whole_weights_from_one_to_ten_occur()
    {
        var network = StakeholderNetworkGenerator.Generate(5_000, 20_000, seed: 5);

        Assert.Equal(Enum.GetValues<RelationKind>().Order(), network.Kinds.ToArray().Distinct().Order());
        Assert.All(network.Weights.ToArray(), w => Assert.True(w >= 1 && w <= 10 && w == Math.Floor(w)));
    }

    [Fact]
    public void Too_few_or_too_many_relations_are_refused_with_the_allowed_range()
    {
        var tooFew = Assert.Throws<ArgumentOutOfRangeException>(() => StakeholderNetworkGenerator.Generate(10, 8, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => StakeholderNetworkGenerator.Generate(10, 46, seed: 1));

        Assert.Contains("from 9 to 45", tooFew.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_of_a_network_passes_the_integrity_check_and_keeps_vertex_order()
    {
        var network = StakeholderNetworkGenerator.Generate(120, 400, seed: 9);

        var model = network.ToModel("Synthetisch");

        Assert.Empty(ModelIntegrity.Check(model));
        Assert.Equal(new StakeholderId("s007"), model.Stakeholders[7].Id);
        Assert.Equal(network.IdOf(network.Sources[0]), model.Relations[0].From);
    }

    [Fact]
    public void The_edge_list_has_a_header_and_one_line_per_relation()
    {
        var network = StakeholderNetworkGenerator.Generate(10, 20, seed: 2);
        using var writer = new StringWriter();

        network.WriteEdgeList(writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("source,target,weight", lines[0]);
        Assert.Equal(21, lines.Length);
        Assert.Equal($"{network.Sources[0]},{network.Targets[0]},{network.Weights[0]}", lines[1]);
    }

    private static int[] Degrees(StakeholderNetwork network)
    {
        var degree = new int[network.NodeCount];
        for (var e = 0; e < network.EdgeCount; e++)
        {
            degree[network.Sources[e]]++;
            degree[network.Targets[e]]++;
        }

        return degree;
    }
}
