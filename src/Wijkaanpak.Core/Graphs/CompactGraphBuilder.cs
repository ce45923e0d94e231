using System.Runtime.InteropServices;

namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// Collects vertices and edges one at a time and then builds a <see cref="CompactGraph"/>
/// (the QuikGraph <c>AddVertex</c>/<c>AddEdge</c> style). The graph becomes weighted as soon as
/// one edge is added with a weight; edges added without one weigh 1.
/// </summary>
/// <remarks>Not thread-safe; the graph it builds is immutable.</remarks>
public sealed class CompactGraphBuilder
{
    private readonly List<int> _sources = [];
    private readonly List<int> _targets = [];
    private List<double>? _weights;

    /// <summary>Starts a builder with <paramref name="vertexCount"/> vertices and no edges.</summary>
    /// <param name="vertexCount">Initial number of vertices, numbered <c>0 .. vertexCount-1</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public CompactGraphBuilder(int vertexCount = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        VertexCount = vertexCount;
    }

    /// <summary>Number of vertices so far.</summary>
    public int VertexCount { get; private set; }

    /// <summary>Number of edges so far.</summary>
    public int EdgeCount => _sources.Count;

    /// <summary>Adds a vertex.</summary>
    /// <returns>The number of the new vertex.</returns>
    public int AddVertex() => VertexCount++;

    /// <summary>Adds an edge of weight 1 from <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <param name="source">An existing vertex.</param>
    /// <param name="target">An existing vertex.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A vertex has not been added.</exception>
    public CompactGraphBuilder AddEdge(int source, int target)
    {
        CheckVertex(source, nameof(source));
        CheckVertex(target, nameof(target));
        _sources.Add(source);
        _targets.Add(target);
        _weights?.Add(1.0);
        return this;
    }

    /// <summary>Adds a weighted edge from <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <param name="source">An existing vertex.</param>
    /// <param name="target">An existing vertex.</param>
    /// <param name="weight">A finite weight.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A vertex has not been added, or the weight is not finite.</exception>
    public CompactGraphBuilder AddEdge(int source, int target, double weight)
    {
        if (!double.IsFinite(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"The edge {source} -> {target} needs a finite weight.");
        }

        if (_weights is null)
        {
            _weights = new List<double>(Math.Max(4, _sources.Capacity));
            _weights.AddRange(Enumerable.Repeat(1.0, _sources.Count));
        }

        AddEdge(source, target);
        _weights[^1] = weight;
        return this;
    }

    /// <summary>Builds the immutable graph; the builder stays usable.</summary>
    /// <returns>The graph with all vertices and edges added so far.</returns>
    public CompactGraph ToGraph() => _weights is null
        ? CompactGraph.FromEdges(VertexCount, CollectionsMarshal.AsSpan(_sources), CollectionsMarshal.AsSpan(_targets))
        : CompactGraph.FromEdges(
            VertexCount,
            CollectionsMarshal.AsSpan(_sources),
            CollectionsMarshal.AsSpan(_targets),
            CollectionsMarshal.AsSpan(_weights));

    private void CheckVertex(int vertex, string parameterName)
    {
        if ((uint)vertex >= (uint)VertexCount)
        {
            throw new ArgumentOutOfRangeException(parameterName, vertex, $"Vertex {vertex} has not been added; the builder has {VertexCount} vertices.");
        }
    }
}
