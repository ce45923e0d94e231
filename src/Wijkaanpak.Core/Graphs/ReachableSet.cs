namespace Wijkaanpak.Core.Graphs;

/// <summary>The set of vertices found by a <see cref="Reachability"/> search.</summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
public sealed class ReachableSet
{
    private readonly bool[] _contains;

    internal ReachableSet(bool[] contains, int count)
    {
        _contains = contains;
        Count = count;
    }

    /// <summary>Number of vertices in the set.</summary>
    public int Count { get; }

    /// <summary>True when <paramref name="vertex"/> is in the set; false for any number that is not a vertex.</summary>
    /// <param name="vertex">A vertex.</param>
    public bool Contains(int vertex) => (uint)vertex < (uint)_contains.Length && _contains[vertex];

    /// <summary>The vertices in the set, ascending.</summary>
    /// <returns>A new array.</returns>
    public int[] ToArray()
    {
        var result = new int[Count];
        var next = 0;
        for (var v = 0; v < _contains.Length; v++)
        {
            if (_contains[v])
            {
                result[next++] = v;
            }
        }

        return result;
    }
}
