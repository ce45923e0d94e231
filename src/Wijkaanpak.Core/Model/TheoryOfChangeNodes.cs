using System.Buffers;
using System.Collections.Concurrent;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// The nodes of a theory of change numbered once: every goal, intervention, precondition and
/// assumption with a non-empty id gets a dense vertex number (goals first, then interventions,
/// preconditions and assumptions, each in model order), with its kind, goal level and position in
/// the model list, and the endpoints of every edge are resolved to those numbers. The integrity
/// check and the validation rules share one instance, so that no id of a large model is looked up
/// twice.
/// </summary>
/// <remarks>
/// A node whose id is empty or repeats an earlier id gets no vertex of its own; it is listed in
/// <see cref="Anomalies"/> in model order. Ids are numbered with a <see cref="StringVertexTable"/>;
/// edge endpoints of large graphs are resolved on all cores, which reading the finished table
/// allows.
/// </remarks>
internal sealed class TheoryOfChangeNodes : IDisposable
{
    private const int ParallelEdgeThreshold = 1 << 16;
    private readonly StringVertexTable _vertexOf;
    private readonly List<NodeAnomaly> _anomalies = [];

    private TheoryOfChangeNodes(TheoryOfChange toc)
    {
        var elements = new NodeElements(toc);
        var vertexAt = ArrayPool<int>.Shared.Rent(elements.Count);
        _vertexOf = StringVertexTable.Number(elements.Keys, vertexAt.AsSpan(0, elements.Count));
        Count = _vertexOf.Count;
        if (Count == elements.Count)
        {
            (Ids, Kinds, Positions) = (elements.Keys, elements.Kinds, elements.Positions);
        }
        else
        {
            (Ids, Kinds, Positions) = (new string[Count], new NodeKind[Count], new int[Count]);
            Compact(elements, vertexAt);
        }

        ArrayPool<int>.Shared.Return(vertexAt);
        Levels = new GoalLevel[Count];
        for (var v = 0; v < Count; v++)
        {
            if (Kinds[v] == NodeKind.Goal)
            {
                Levels[v] = toc.Goals[Positions[v]].Level;
            }
        }

        EdgeFrom = new int[toc.Edges.Count];
        EdgeTo = new int[toc.Edges.Count];
        EdgeKinds = new ChangeEdgeKind[toc.Edges.Count];
        ResolveEdges(toc.Edges);
    }

    /// <summary>The number of vertices: nodes with a non-empty id of their own.</summary>
    public int Count { get; }

    /// <summary>The id of each vertex.</summary>
    public string[] Ids { get; }

    /// <summary>The kind of each vertex.</summary>
    public NodeKind[] Kinds { get; }

    /// <summary>The goal level of each vertex; meaningful only where <see cref="Kinds"/> is <see cref="NodeKind.Goal"/>.</summary>
    public GoalLevel[] Levels { get; }

    /// <summary>The position of each vertex in the model list of its kind.</summary>
    public int[] Positions { get; }

    /// <summary>The source vertex of each model edge, or -1 when the edge or its source id resolves to no node.</summary>
    public int[] EdgeFrom { get; }

    /// <summary>The target vertex of each model edge, or -1 when the edge or its target id resolves to no node.</summary>
    public int[] EdgeTo { get; }

    /// <summary>The kind of each model edge (<see cref="ChangeEdgeKind.ContributesTo"/> for a missing edge, whose endpoints are -1).</summary>
    public ChangeEdgeKind[] EdgeKinds { get; }

    /// <summary>The nodes that got no vertex because their id is empty or taken, in model order.</summary>
    public IReadOnlyList<NodeAnomaly> Anomalies => _anomalies;

    /// <summary>Numbers the nodes of <paramref name="toc"/> and resolves its edges.</summary>
    /// <param name="toc">The theory of change; it need not be free of integrity problems.</param>
    public static TheoryOfChangeNodes Of(TheoryOfChange toc)
    {
        ArgumentNullException.ThrowIfNull(toc);
        return new TheoryOfChangeNodes(toc);
    }

    /// <summary>Gives the id table's memory back to the pool; <see cref="VertexOf"/> finds nothing afterwards, the arrays stay readable.</summary>
    public void Dispose() => _vertexOf.Dispose();

    /// <summary>The vertex of the node with <paramref name="id"/>, or -1 when no node has it.</summary>
    /// <param name="id">A node id, possibly dangling or empty.</param>
    public int VertexOf(NodeId id) => id.Value is { } key ? _vertexOf.Find(key) : -1;

    /// <summary>Keeps the first element of each id as its vertex and lists the others as anomalies, for a theory of change with repeated or empty ids.</summary>
    private void Compact(NodeElements elements, int[] vertexAt)
    {
        var numbered = 0;
        for (var k = 0; k < elements.Count; k++)
        {
            var (kind, position, v) = (elements.Kinds[k], elements.Positions[k], vertexAt[k]);
            if (v == numbered)
            {
                (Ids[v], Kinds[v], Positions[v]) = (elements.Keys[k], kind, position);
                numbered++;
            }
            else
            {
                _anomalies.Add(new NodeAnomaly(kind, position, v));
            }
        }
    }

    private void ResolveEdges(EquatableArray<ChangeEdge> edges)
    {
        if (edges.Count < ParallelEdgeThreshold)
        {
            Resolve(edges, 0, edges.Count);
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(0, edges.Count, ParallelEdgeThreshold), range => Resolve(edges, range.Item1, range.Item2));
        }
    }

    /// <summary>Resolves edges <paramref name="start"/> to <paramref name="end"/>; a source equal to the previous edge's (files usually list a node's edges together) is not looked up again.</summary>
    private void Resolve(EquatableArray<ChangeEdge> edges, int start, int end)
    {
        string? previous = null;
        var previousVertex = -1;
        for (var e = start; e < end; e++)
        {
            if (edges[e] is { } edge)
            {
                if (edge.From.Value is not { } from || !string.Equals(from, previous))
                {
                    (previous, previousVertex) = (edge.From.Value, VertexOf(edge.From));
                }

                EdgeFrom[e] = previousVertex;
                EdgeTo[e] = VertexOf(edge.To);
                EdgeKinds[e] = edge.Kind;
            }
            else
            {
                EdgeFrom[e] = -1;
                EdgeTo[e] = -1;
            }
        }
    }
}
