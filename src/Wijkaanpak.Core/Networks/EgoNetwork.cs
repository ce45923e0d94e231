using System.Runtime.InteropServices;
using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The ego network (*egonetwerk*) of a stakeholder: everyone within a given number of steps, and
/// all relations among them — the stakeholder's own neighbourhood in the network.
/// </summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
public sealed class EgoNetwork
{
    private EgoNetwork(int center, int radius, EquatableArray<int> vertices, EquatableArray<double> distances, CompactGraph graph)
    {
        Center = center;
        Radius = radius;
        Vertices = vertices;
        Distances = distances;
        Graph = graph;
    }

    /// <summary>The stakeholder at the centre (the ego), a vertex of the original graph.</summary>
    public int Center { get; }

    /// <summary>The largest number of steps from the centre.</summary>
    public int Radius { get; }

    /// <summary>The vertices of the original graph within the radius, ascending; local vertex i of <see cref="Graph"/> is <c>Vertices[i]</c>.</summary>
    public EquatableArray<int> Vertices { get; }

    /// <summary>Steps from the centre to each of <see cref="Vertices"/>, in the same order.</summary>
    public EquatableArray<double> Distances { get; }

    /// <summary>The subgraph induced by <see cref="Vertices"/>, with the original edges and weights among them.</summary>
    public CompactGraph Graph { get; }

    /// <summary>
    /// The ego network of <paramref name="center"/>: vertices at most <paramref name="radius"/>
    /// edges away following edge direction (as NetworkX's <c>ego_graph</c>), or ignoring it.
    /// </summary>
    /// <param name="graph">The stakeholder graph.</param>
    /// <param name="center">The ego.</param>
    /// <param name="radius">Maximum number of steps, 0 or more.</param>
    /// <param name="ignoreDirection">Also follow edges backwards.</param>
    /// <returns>The ego network.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The centre is not a vertex, or the radius is negative.</exception>
    public static EgoNetwork Compute(CompactGraph graph, int center, int radius, bool ignoreDirection = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        graph.CheckVertex(center, nameof(center));
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        var searched = ignoreDirection ? graph.ToUndirected() : graph;
        var search = new ShortestPathSearch(graph.VertexCount);
        search.Run(searched, center, weighted: false, reverse: false, limit: radius);
        var vertices = search.Order[..search.Reached];
        Array.Sort(vertices);
        var local = new int[graph.VertexCount];
        Array.Fill(local, -1);
        for (var i = 0; i < vertices.Length; i++)
        {
            local[vertices[i]] = i;
        }

        var sources = new List<int>();
        var targets = new List<int>();
        var weights = new List<double>();
        foreach (var v in vertices)
        {
            for (var e = graph.OutOffsets[v]; e < graph.OutOffsets[v + 1]; e++)
            {
                var t = local[graph.OutTargets[e]];
                if (t >= 0)
                {
                    sources.Add(local[v]);
                    targets.Add(t);
                    weights.Add(graph.WeightAt(e));
                }
            }
        }

        // The local numbering keeps the original order, so an undirected view stays one.
        var sub = CompactGraph.Build(
            vertices.Length,
            CollectionsMarshal.AsSpan(sources),
            CollectionsMarshal.AsSpan(targets),
            CollectionsMarshal.AsSpan(weights),
            graph.IsWeighted,
            graph.IsUndirected);
        var distances = vertices.Select(v => search.Distance[v]).ToArray();
        return new EgoNetwork(center, radius, NetworkInput.Wrap(vertices), NetworkInput.Wrap(distances), sub);
    }
}
