namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// Maps the ids of a model (stakeholder ids, theory-of-change node ids, ...) once to dense vertex
/// numbers <c>0 .. Count-1</c> (*hoekpuntnummers*), so that graph algorithms work on plain ints and
/// never see strings. The first occurrence of a key fixes its number; later duplicates map to it.
/// </summary>
/// <remarks>Immutable after construction and safe to share across threads.</remarks>
/// <typeparam name="TKey">The id type, e.g. <c>StakeholderId</c> or <c>NodeId</c>.</typeparam>
public sealed class VertexIndex<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _indexOf;
    private readonly TKey[] _keys;

    /// <summary>Numbers the distinct keys in their order of first appearance.</summary>
    /// <param name="keys">The ids to number; duplicates are numbered once.</param>
    /// <param name="comparer">Equality of ids; the default comparer of <typeparamref name="TKey"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null or holds a null key.</exception>
    public VertexIndex(IEnumerable<TKey> keys, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var capacity = keys.TryGetNonEnumeratedCount(out var count) ? count : 0;
        _indexOf = new Dictionary<TKey, int>(capacity, comparer);
        var list = new List<TKey>(capacity);
        foreach (var key in keys)
        {
            if (key is null)
            {
                throw new ArgumentNullException(nameof(keys), $"The key at position {list.Count} is null.");
            }

            if (_indexOf.TryAdd(key, list.Count))
            {
                list.Add(key);
            }
        }

        _keys = [.. list];
    }

    /// <summary>Number of distinct keys: the vertex count of graphs built over this index.</summary>
    public int Count => _keys.Length;

    /// <summary>The keys in vertex order: <c>Keys[v]</c> is the id of vertex <c>v</c>.</summary>
    public IReadOnlyList<TKey> Keys => _keys;

    /// <summary>Finds the vertex number of an id.</summary>
    /// <param name="key">The id to look up.</param>
    /// <param name="index">The vertex number, or -1 when the id is not in the index.</param>
    /// <returns>True when the id is in the index.</returns>
    public bool TryGetIndex(TKey key, out int index)
    {
        if (key is not null && _indexOf.TryGetValue(key, out index))
        {
            return true;
        }

        index = -1;
        return false;
    }

    /// <summary>True when the id has a vertex number.</summary>
    /// <param name="key">The id to look up.</param>
    public bool Contains(TKey key) => key is not null && _indexOf.ContainsKey(key);

    /// <summary>The id of vertex <paramref name="index"/>.</summary>
    /// <param name="index">A vertex number in <c>0 .. Count-1</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is not a vertex of this index.</exception>
    public TKey KeyAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _keys.Length);
        return _keys[index];
    }
}
