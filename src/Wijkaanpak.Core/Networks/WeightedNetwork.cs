using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The symmetric adjacency matrix A of an undirected weighted network in CSR form, in double
/// precision, as modularity needs it: A[u,v] = A[v,u] = w for a tie, A[u,u] = 2w for a self loop
/// (so that a vertex's strength k_u = Σ_v A[u,v] counts a self loop twice, as NetworkX does).
/// </summary>
internal sealed class WeightedNetwork
{
    public WeightedNetwork(int[] offsets, int[] targets, double[] weights)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        Strength = new double[offsets.Length - 1];
        for (var v = 0; v < Strength.Length; v++)
        {
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                Strength[v] += weights[i];
            }

            TotalStrength += Strength[v];
        }
    }

    public int VertexCount => Offsets.Length - 1;

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[] Weights { get; }

    /// <summary>k_v: the row sums of A.</summary>
    public double[] Strength { get; }

    /// <summary>2m: the sum of all entries of A.</summary>
    public double TotalStrength { get; }

    public static WeightedNetwork From(CompactGraph graph, bool useWeights)
    {
        var g = graph.ToUndirected();
        var weights = new double[g.EdgeCount];
        for (var v = 0; v < g.VertexCount; v++)
        {
            for (var e = g.OutOffsets[v]; e < g.OutOffsets[v + 1]; e++)
            {
                var w = useWeights ? g.WeightAt(e) : 1.0;
                weights[e] = g.OutTargets[e] == v ? 2 * w : w;
            }
        }

        return new WeightedNetwork(g.OutOffsets, g.OutTargets, weights);
    }

    /// <summary>Q = Σ_c [ L_c / 2m − γ (K_c / 2m)² ] with L_c the sum of A inside c and K_c the strength of c.</summary>
    public double Modularity(ReadOnlySpan<int> community, int communityCount, double resolution)
    {
        if (TotalStrength <= 0)
        {
            return 0;
        }

        var inside = new double[communityCount];
        var strength = new double[communityCount];
        for (var v = 0; v < VertexCount; v++)
        {
            strength[community[v]] += Strength[v];
            for (var i = Offsets[v]; i < Offsets[v + 1]; i++)
            {
                if (community[Targets[i]] == community[v])
                {
                    inside[community[v]] += Weights[i];
                }
            }
        }

        var q = 0.0;
        for (var c = 0; c < communityCount; c++)
        {
            var share = strength[c] / TotalStrength;
            q += (inside[c] / TotalStrength) - (resolution * share * share);
        }

        return q;
    }

    /// <summary>The network of communities: A'[c,d] = Σ A[u,v] over u in c and v in d, in O(V + E).</summary>
    public WeightedNetwork Aggregate(int[] community, int communityCount)
    {
        var rowStart = new int[communityCount + 1];
        for (var v = 0; v < VertexCount; v++)
        {
            rowStart[community[v] + 1] += Offsets[v + 1] - Offsets[v];
        }

        for (var c = 0; c < communityCount; c++)
        {
            rowStart[c + 1] += rowStart[c];
        }

        var cellTarget = new int[Targets.Length];
        var cellWeight = new double[Targets.Length];
        var fill = rowStart[..communityCount];
        for (var v = 0; v < VertexCount; v++)
        {
            for (var i = Offsets[v]; i < Offsets[v + 1]; i++)
            {
                var slot = fill[community[v]]++;
                cellTarget[slot] = community[Targets[i]];
                cellWeight[slot] = Weights[i];
            }
        }

        var offsets = new int[communityCount + 1];
        var targets = new List<int>();
        var weights = new List<double>();
        var position = new int[communityCount];
        Array.Fill(position, -1);
        for (var c = 0; c < communityCount; c++)
        {
            var first = targets.Count;
            for (var i = rowStart[c]; i < rowStart[c + 1]; i++)
            {
                var d = cellTarget[i];
                if (position[d] < 0)
                {
                    position[d] = targets.Count;
                    targets.Add(d);
                    weights.Add(0);
                }

                weights[position[d]] += cellWeight[i];
            }

            for (var i = first; i < targets.Count; i++)
            {
                position[targets[i]] = -1;
            }

            offsets[c + 1] = targets.Count;
        }

        return new WeightedNetwork(offsets, [.. targets], [.. weights]);
    }
}
