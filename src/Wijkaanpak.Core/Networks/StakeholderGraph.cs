using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The stakeholder graph (*actorennetwerk*) of a model as a compact graph: one vertex per
/// stakeholder in model order, one edge per kept relation, in a directed or undirected view,
/// filtered by relation kind. Every network metric runs on <see cref="Graph"/>; the results map
/// back to stakeholders through <see cref="IdOf"/>.
/// </summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
public sealed class StakeholderGraph
{
    private readonly StakeholderType[] _types;

    private StakeholderGraph(VertexIndex<StakeholderId> index, StakeholderType[] types, CompactGraph graph, StakeholderGraphOptions options)
    {
        Index = index;
        _types = types;
        Graph = graph;
        Options = options;
    }

    /// <summary>Stakeholder ids and their vertex numbers: vertex <c>v</c> is the v-th stakeholder of the model.</summary>
    public VertexIndex<StakeholderId> Index { get; }

    /// <summary>The graph the metrics run on.</summary>
    public CompactGraph Graph { get; }

    /// <summary>The view this graph was built with.</summary>
    public StakeholderGraphOptions Options { get; }

    /// <summary>Number of stakeholders.</summary>
    public int VertexCount => Graph.VertexCount;

    /// <summary>The stakeholder of a vertex.</summary>
    /// <param name="vertex">A vertex number in <c>0 .. VertexCount-1</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is not a vertex.</exception>
    public StakeholderId IdOf(int vertex) => Index.KeyAt(vertex);

    /// <summary>The type of the stakeholder of a vertex.</summary>
    /// <param name="vertex">A vertex number in <c>0 .. VertexCount-1</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is not a vertex.</exception>
    public StakeholderType TypeOf(int vertex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(vertex, _types.Length);
        return _types[vertex];
    }

    /// <summary>Finds the vertex of a stakeholder.</summary>
    /// <param name="id">The stakeholder id.</param>
    /// <param name="vertex">Its vertex number, or -1 when the model has no such stakeholder.</param>
    /// <returns>True when the stakeholder is in the graph.</returns>
    public bool TryGetVertex(StakeholderId id, out int vertex) => Index.TryGetIndex(id, out vertex);

    /// <summary>Builds the stakeholder graph of a model.</summary>
    /// <param name="model">The model; its relations must refer to its stakeholders.</param>
    /// <param name="options">The view; <see cref="StakeholderGraphOptions.Default"/> when null.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException">A relation refers to a stakeholder the model does not have; the message names the relation.</exception>
    public static StakeholderGraph Build(WijkaanpakModel model, StakeholderGraphOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= StakeholderGraphOptions.Default;
        var index = new VertexIndex<StakeholderId>(model.Stakeholders.Select(s => s.Id));
        var types = new StakeholderType[index.Count];
        for (var i = model.Stakeholders.Count - 1; i >= 0; i--)
        {
            // Backwards, so that the first stakeholder with an id fixes its type, as it fixes its vertex.
            var stakeholder = model.Stakeholders[i];
            index.TryGetIndex(stakeholder.Id, out var v);
            types[v] = stakeholder.Type;
        }

        var sources = new List<int>(model.Relations.Count);
        var targets = new List<int>(model.Relations.Count);
        var weights = new List<double>(model.Relations.Count);
        for (var i = 0; i < model.Relations.Count; i++)
        {
            var relation = model.Relations[i];
            if (!options.Keeps(relation.Kind))
            {
                continue;
            }

            if (!index.TryGetIndex(relation.From, out var from) || !index.TryGetIndex(relation.To, out var to))
            {
                var missing = index.Contains(relation.From) ? relation.To : relation.From;
                throw new ArgumentException($"Relation {i} refers to stakeholder '{missing}', which the model does not have.", nameof(model));
            }

            sources.Add(from);
            targets.Add(to);
            weights.Add(relation.Weight);
        }

        return Create(index, types, [.. sources], [.. targets], [.. weights], options);
    }

    /// <summary>Builds the stakeholder graph of a generated network without going through a model.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">The view; <see cref="StakeholderGraphOptions.Default"/> when null.</param>
    /// <returns>The graph, with the same vertex numbers as the network.</returns>
    public static StakeholderGraph Build(StakeholderNetwork network, StakeholderGraphOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= StakeholderGraphOptions.Default;
        var index = new VertexIndex<StakeholderId>(Enumerable.Range(0, network.NodeCount).Select(network.IdOf));
        var kept = 0;
        foreach (var kind in network.Kinds)
        {
            kept += options.Keeps(kind) ? 1 : 0;
        }

        var sources = new int[kept];
        var targets = new int[kept];
        var weights = new double[kept];
        var next = 0;
        for (var e = 0; e < network.EdgeCount; e++)
        {
            if (options.Keeps(network.Kinds[e]))
            {
                sources[next] = network.Sources[e];
                targets[next] = network.Targets[e];
                weights[next] = network.Weights[e];
                next++;
            }
        }

        return Create(index, network.Types.ToArray(), sources, targets, weights, options);
    }

    private static StakeholderGraph Create(
        VertexIndex<StakeholderId> index, StakeholderType[] types, int[] sources, int[] targets, double[] weights, StakeholderGraphOptions options)
    {
        var graph = options.Weighted
            ? CompactGraph.FromEdges(index.Count, sources, targets, weights)
            : CompactGraph.FromEdges(index.Count, sources, targets);
        if (options.Undirected)
        {
            graph = graph.ToUndirected(options.WeightMerge);
        }

        return new StakeholderGraph(index, types, graph, options);
    }
}
