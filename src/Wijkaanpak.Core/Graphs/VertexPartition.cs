namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// A division of the vertices into disjoint, numbered components (*componenten*): every vertex
/// belongs to exactly one. The numbering rule is set by the algorithm that made the partition.
/// </summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
public sealed class VertexPartition
{
    private readonly int[] _componentOf;
    private readonly int[] _offsets;
    private readonly int[] _members;

    internal VertexPartition(int[] componentOf, int componentCount)
    {
        _componentOf = componentOf;
        _offsets = CsrOffsets.Of(componentOf, componentCount);

        _members = new int[componentOf.Length];
        var fill = _offsets.AsSpan(0, componentCount).ToArray();
        for (var v = 0; v < componentOf.Length; v++)
        {
            _members[fill[componentOf[v]]++] = v;
        }
    }

    /// <summary>Number of vertices partitioned.</summary>
    public int VertexCount => _componentOf.Length;

    /// <summary>Number of components.</summary>
    public int ComponentCount => _offsets.Length - 1;

    /// <summary>The component of <paramref name="vertex"/>.</summary>
    /// <param name="vertex">A vertex in <c>0 .. VertexCount-1</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The vertex is not partitioned here.</exception>
    public int ComponentOf(int vertex)
    {
        if ((uint)vertex >= (uint)_componentOf.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(vertex), vertex, $"Vertex {vertex} is not one of the {_componentOf.Length} vertices of this partition.");
        }

        return _componentOf[vertex];
    }

    /// <summary>True when both vertices lie in the same component.</summary>
    /// <param name="first">A vertex.</param>
    /// <param name="second">Another vertex.</param>
    /// <exception cref="ArgumentOutOfRangeException">A vertex is not partitioned here.</exception>
    public bool AreInSameComponent(int first, int second) => ComponentOf(first) == ComponentOf(second);

    /// <summary>The vertices of <paramref name="component"/>, ascending.</summary>
    /// <param name="component">A component in <c>0 .. ComponentCount-1</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The component does not exist.</exception>
    public ReadOnlySpan<int> Members(int component)
    {
        CheckComponent(component);
        return _members.AsSpan(_offsets[component], _offsets[component + 1] - _offsets[component]);
    }

    /// <summary>Number of vertices in <paramref name="component"/>.</summary>
    /// <param name="component">A component in <c>0 .. ComponentCount-1</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The component does not exist.</exception>
    public int SizeOf(int component)
    {
        CheckComponent(component);
        return _offsets[component + 1] - _offsets[component];
    }

    internal ReadOnlySpan<int> ComponentOfAll => _componentOf;

    private void CheckComponent(int component)
    {
        if ((uint)component >= (uint)ComponentCount)
        {
            throw new ArgumentOutOfRangeException(nameof(component), component, $"Component {component} does not exist; there are {ComponentCount}.");
        }
    }
}
