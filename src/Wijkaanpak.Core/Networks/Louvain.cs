using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Community detection by the Louvain method (Blondel, Guillaume, Lambiotte &amp; Lefebvre 2008):
/// move single vertices to the neighbouring community that raises modularity most, until no move
/// helps; then merge each community into one vertex and repeat on that smaller network.
/// </summary>
/// <remarks>
/// Runs on the undirected view. Sequential and deterministic: vertices are visited in one order
/// shuffled by <see cref="LouvainOptions.Seed"/>, ties between equally good moves keep the vertex
/// where it is or take the community met first. Each pass is O(V + E); the number of passes and
/// levels is small in practice.
/// </remarks>
public static class Louvain
{
    /// <summary>A move must raise the (scaled) modularity gain by more than this, so floating-point noise never makes vertices oscillate.</summary>
    private const double MinimumGain = 1e-12;

    /// <summary>Finds communities in <paramref name="graph"/> and reports their modularity.</summary>
    /// <param name="graph">The stakeholder graph; directions are ignored.</param>
    /// <param name="options">Seed, resolution and weights; defaults when null.</param>
    /// <returns>The communities.</returns>
    /// <exception cref="ArgumentException">A used weight is negative, or the resolution is not a positive number.</exception>
    public static CommunityPartition Detect(CompactGraph graph, LouvainOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new LouvainOptions();
        if (!(options.Resolution > 0) || double.IsPositiveInfinity(options.Resolution))
        {
            throw new ArgumentException($"The resolution must be a positive number, not {options.Resolution}.", nameof(options));
        }

        if (options.UseWeights)
        {
            NetworkInput.RequireWeights(graph, allowZero: true, "Louvain");
        }

        var original = WeightedNetwork.From(graph, options.UseWeights);
        var membership = Enumerable.Range(0, original.VertexCount).ToArray();
        var random = new Random(options.Seed);
        var network = original;
        var levels = 0;
        while (true)
        {
            var (community, count) = MoveVertices(network, options.Resolution, random, initial: null);
            if (count == network.VertexCount)
            {
                // No merge on this level. Refine: move single vertices of the original network
                // between the communities found; if any moves, aggregate again from there.
                var (refined, refinedCount, moved) = RefineOnOriginal(original, membership, options.Resolution, random);
                if (!moved)
                {
                    break;
                }

                membership = refined;
                network = original.Aggregate(membership, refinedCount);
                continue;
            }

            levels++;
            for (var v = 0; v < membership.Length; v++)
            {
                membership[v] = community[membership[v]];
            }

            network = network.Aggregate(community, count);
        }

        var communityCount = Renumber(membership);
        var modularity = original.Modularity(membership, communityCount, options.Resolution);
        return new CommunityPartition(NetworkInput.Wrap(membership), communityCount, modularity, levels);
    }

    /// <summary>Modularity of a given partition (for example the factions of a split) on the undirected view of <paramref name="graph"/>.</summary>
    /// <param name="graph">The stakeholder graph; directions are ignored.</param>
    /// <param name="communityOf">The community of each vertex, any non-negative numbers.</param>
    /// <param name="resolution">Resolution γ; 1 is the classic modularity.</param>
    /// <param name="useWeights">Use edge weights or count every tie as 1.</param>
    /// <returns>The modularity, between −0.5 and 1.</returns>
    /// <exception cref="ArgumentException">The partition does not give one non-negative community per vertex.</exception>
    public static double Modularity(CompactGraph graph, IReadOnlyList<int> communityOf, double resolution = 1.0, bool useWeights = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(communityOf);
        if (communityOf.Count != graph.VertexCount || communityOf.Any(c => c < 0))
        {
            throw new ArgumentException($"The partition needs one community number (0 or more) for each of the {graph.VertexCount} vertices.", nameof(communityOf));
        }

        var membership = communityOf.ToArray();
        var count = Renumber(membership);
        return WeightedNetwork.From(graph, useWeights).Modularity(membership, count, resolution);
    }

    /// <summary>The local-moving phase on one level; returns communities numbered by smallest vertex.</summary>
    private static (int[] Community, int Count) MoveVertices(WeightedNetwork network, double resolution, Random random, int[]? initial)
    {
        var n = network.VertexCount;
        var community = initial ?? Enumerable.Range(0, n).ToArray();
        var total = new double[n];
        for (var v = 0; v < n; v++)
        {
            total[community[v]] += network.Strength[v];
        }

        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var linkTo = new double[n];
        Array.Fill(linkTo, -1);
        var touched = new List<int>();
        var twoM = network.TotalStrength;
        var moved = true;
        while (moved && twoM > 0)
        {
            moved = false;
            foreach (var v in order)
            {
                var own = community[v];
                touched.Clear();
                linkTo[own] = 0;
                touched.Add(own);
                for (var i = network.Offsets[v]; i < network.Offsets[v + 1]; i++)
                {
                    var u = network.Targets[i];
                    if (u == v)
                    {
                        continue;
                    }

                    var c = community[u];
                    if (linkTo[c] < 0)
                    {
                        linkTo[c] = 0;
                        touched.Add(c);
                    }

                    linkTo[c] += network.Weights[i];
                }

                var k = network.Strength[v];
                total[own] -= k;
                var best = own;
                var bestGain = linkTo[own] - (resolution * total[own] * k / twoM);
                foreach (var c in touched)
                {
                    var gain = linkTo[c] - (resolution * total[c] * k / twoM);
                    if (gain > bestGain + MinimumGain)
                    {
                        best = c;
                        bestGain = gain;
                    }
                }

                total[best] += k;
                if (best != own)
                {
                    community[v] = best;
                    moved = true;
                }

                foreach (var c in touched)
                {
                    linkTo[c] = -1;
                }
            }
        }

        var count = Renumber(community);
        return (community, count);
    }

    /// <summary>One local-moving phase on the original network, starting from the current communities.</summary>
    private static (int[] Community, int Count, bool Moved) RefineOnOriginal(WeightedNetwork original, int[] membership, double resolution, Random random)
    {
        var start = (int[])membership.Clone();
        var startCount = Renumber(start);
        var (refined, count) = MoveVertices(original, resolution, random, (int[])start.Clone());
        return (refined, count, !refined.AsSpan().SequenceEqual(start) || count != startCount);
    }

    /// <summary>Renumbers community labels densely in order of first appearance by vertex; returns the count.</summary>
    private static int Renumber(int[] labels)
    {
        var map = new Dictionary<int, int>();
        for (var v = 0; v < labels.Length; v++)
        {
            if (!map.TryGetValue(labels[v], out var c))
            {
                c = map.Count;
                map[labels[v]] = c;
            }

            labels[v] = c;
        }

        return map.Count;
    }
}
