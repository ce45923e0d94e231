using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Generates realistic, scale-free stakeholder networks for tests and benchmarks (*synthetisch
/// actorennetwerk*): seeded and deterministic, the same arrays for the same arguments on every
/// machine and .NET version.
/// </summary>
/// <remarks>
/// <para>
/// Growth with preferential attachment (Barabási–Albert): the fixed core of an area approach
/// (gemeente, woningcorporatie, politie, welzijn, school, zorg; bron: 003 §2.8) comes first, then
/// every new party ties to earlier parties, choosing a party in proportion to its degree
/// (nine times in ten) or uniformly (once in ten, so newcomers can still be found). The degree
/// distribution then has a power-law tail with exponent near 3. Each new party gets
/// <c>edges / (nodes − 1)</c> ties on average, rounded so that the total is exactly
/// the number asked for, with no self loops and no parallel edges.
/// </para>
/// <para>
/// Types follow a mix in which residents, their organisations, businesses, clubs, care and welfare
/// are many and public bodies are few. Relation kinds follow the pair: funds, Rijk and provincie
/// mostly fund; the gemeente funds, mandates, informs and collaborates; other parties mostly
/// collaborate or share information, with a few conflicts. Funding and mandate run from the
/// funder or principal to the other party. Weights are whole numbers 1–10, small ones most common.
/// </para>
/// </remarks>
public static class StakeholderNetworkGenerator
{
    private const double UniformShare = 0.1;

    private static readonly StakeholderType[] Core =
    [
        StakeholderType.Gemeente, StakeholderType.Woningcorporatie, StakeholderType.Politie,
        StakeholderType.Welzijn, StakeholderType.Onderwijs, StakeholderType.Zorg,
    ];

    private static readonly (StakeholderType Type, int Weight)[] TypeMix =
    [
        (StakeholderType.Gemeente, 30), (StakeholderType.Rijk, 3), (StakeholderType.Provincie, 3),
        (StakeholderType.Woningcorporatie, 20), (StakeholderType.Politie, 10), (StakeholderType.JustitieOm, 5),
        (StakeholderType.Onderwijs, 60), (StakeholderType.Zorg, 80), (StakeholderType.Zorgverzekeraar, 3),
        (StakeholderType.Ggd, 5), (StakeholderType.Welzijn, 60), (StakeholderType.SociaalWijkteam, 30),
        (StakeholderType.Fonds, 15), (StakeholderType.Ondernemer, 200), (StakeholderType.SocialeOnderneming, 30),
        (StakeholderType.Kennisinstelling, 15), (StakeholderType.Bewonersorganisatie, 120), (StakeholderType.Bewoners, 200),
        (StakeholderType.Vereniging, 100), (StakeholderType.Netbeheerder, 3), (StakeholderType.Overig, 20),
    ];

    /// <summary>Generates a network of <paramref name="nodes"/> stakeholders and exactly <paramref name="edges"/> relations.</summary>
    /// <param name="nodes">Number of stakeholders, at least 2.</param>
    /// <param name="edges">Number of relations: at least <c>nodes − 1</c> (every party has a tie) and at most <c>nodes·(nodes − 1)/2</c>.</param>
    /// <param name="seed">The seed; the same seed gives the same network.</param>
    /// <returns>The network.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count lies outside its range; the message says which range.</exception>
    public static StakeholderNetwork Generate(int nodes, int edges, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 2);
        if (edges < nodes - 1 || edges > (long)nodes * (nodes - 1) / 2)
        {
            throw new ArgumentOutOfRangeException(
                nameof(edges), edges, $"A network of {nodes} stakeholders needs from {nodes - 1} to {(long)nodes * (nodes - 1) / 2} relations.");
        }

        var random = new SplitMix64(seed);
        var types = DrawTypes(nodes, ref random);
        var sources = new int[edges];
        var targets = new int[edges];
        var kinds = new RelationKind[edges];
        var weights = new double[edges];
        var endpoints = new int[2 * (long)edges <= Array.MaxLength ? 2 * edges : Array.MaxLength];
        var endpointCount = 0;
        var chosen = new HashSet<int>();
        var edge = 0;
        for (var vertex = 1; vertex < nodes; vertex++)
        {
            var remaining = edges - edge;
            var verticesLeft = nodes - vertex;
            var ties = Math.Min(vertex, (remaining + verticesLeft - 1) / verticesLeft);
            ChooseTargets(vertex, ties, endpoints.AsSpan(0, endpointCount), chosen, ref random);
            foreach (var earlier in chosen.Order())
            {
                var kind = KindOf(types[vertex], types[earlier], ref random, out var earlierIsSource);
                (sources[edge], targets[edge]) = earlierIsSource ? (earlier, vertex) : (vertex, earlier);
                kinds[edge] = kind;
                weights[edge] = DrawWeight(ref random);
                edge++;
                if (endpointCount + 2 <= endpoints.Length)
                {
                    endpoints[endpointCount++] = vertex;
                    endpoints[endpointCount++] = earlier;
                }
            }
        }

        return new StakeholderNetwork(types, sources, targets, kinds, weights);
    }

    private static StakeholderType[] DrawTypes(int nodes, ref SplitMix64 random)
    {
        var total = TypeMix.Sum(t => t.Weight);
        var types = new StakeholderType[nodes];
        for (var v = 0; v < nodes; v++)
        {
            if (v < Core.Length)
            {
                types[v] = Core[v];
                continue;
            }

            var draw = random.NextInt(total);
            var i = 0;
            while (draw >= TypeMix[i].Weight)
            {
                draw -= TypeMix[i].Weight;
                i++;
            }

            types[v] = TypeMix[i].Type;
        }

        return types;
    }

    private static void ChooseTargets(int vertex, int ties, ReadOnlySpan<int> endpoints, HashSet<int> chosen, ref SplitMix64 random)
    {
        chosen.Clear();
        var attempts = 0;
        var maxAttempts = 32 * ties;
        while (chosen.Count < ties && attempts < maxAttempts)
        {
            attempts++;
            var useDegree = endpoints.Length > 0 && random.NextDouble() >= UniformShare;
            chosen.Add(useDegree ? endpoints[random.NextInt(endpoints.Length)] : random.NextInt(vertex));
        }

        // A new party asked for nearly all earlier parties: complete the set in order from a random start.
        var next = random.NextInt(vertex);
        while (chosen.Count < ties)
        {
            chosen.Add(next);
            next = (next + 1) % vertex;
        }
    }

    private static RelationKind KindOf(StakeholderType newcomer, StakeholderType earlier, ref SplitMix64 random, out bool earlierIsSource)
    {
        var draw = random.NextDouble();
        if (IsFunder(earlier) || IsFunder(newcomer))
        {
            earlierIsSource = IsFunder(earlier);
            var funder = earlierIsSource ? earlier : newcomer;
            if (funder == StakeholderType.Gemeente)
            {
                return draw < 0.25 ? RelationKind.Funding : draw < 0.5 ? RelationKind.Mandate : draw < 0.7 ? RelationKind.Information : RelationKind.Collaboration;
            }

            return draw < 0.6 ? RelationKind.Funding : draw < 0.8 ? RelationKind.Information : RelationKind.Collaboration;
        }

        earlierIsSource = false;
        return draw < 0.7 ? RelationKind.Collaboration : draw < 0.95 ? RelationKind.Information : RelationKind.Conflict;
    }

    private static bool IsFunder(StakeholderType type) =>
        type is StakeholderType.Fonds or StakeholderType.Rijk or StakeholderType.Provincie or StakeholderType.Gemeente;

    private static double DrawWeight(ref SplitMix64 random) =>
        Math.Min(10, 1 + Math.Floor(-Math.Log(1 - random.NextDouble()) * 1.5));
}
