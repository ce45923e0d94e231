using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics;

namespace Wijkaanpak.Core.Graphs;

/// <summary>
/// Numbers a list of string ids densely (0, 1, 2, … in order of first occurrence) and finds the
/// number of an id again: the id-to-vertex map of the graph core for the largest models, where a
/// million ids and several million edge endpoints have to be resolved.
/// </summary>
/// <remarks>
/// An open-addressing table with linear probing, at most half full, whose slot index is the top
/// bits of the hash. Each slot holds the key, its hash and its vertex together, so that a lookup
/// usually costs one cache line of the table (plus the stored key when it is not the very same
/// string instance). The ids are hashed on all cores and inserted grouped by the top bits of their
/// hash, so that the inserts of a group fall into a small stretch of the table instead of all over
/// it. Keys are compared ordinally; hashes are the process-randomised
/// <see cref="string.GetHashCode()"/>, so ids in a hostile file cannot be chosen to collide. A
/// finished table may be read from several threads at once. The slots come from the shared array
/// pool (a power-of-two request is served at exactly that length) and go back, cleared, on
/// <see cref="Dispose"/>: a large model's validation then reuses the memory of the previous one
/// instead of touching fresh pages.
/// </remarks>
internal sealed class StringVertexTable : IDisposable
{
    private const int GroupBits = 11;
    private const int ParallelThreshold = 1 << 15;
    private Slot[] _slots;
    private readonly int _shift;
    private int _mask;

    private StringVertexTable(int count)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, count * 2));
        _slots = ArrayPool<Slot>.Shared.Rent(size);
        _mask = size - 1;
        _shift = 32 - BitOperations.Log2((uint)size);
    }

    /// <summary>The number of distinct ids.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Numbers <paramref name="keys"/>: each distinct non-empty id gets the next vertex at its
    /// first occurrence.
    /// </summary>
    /// <param name="keys">The ids in order; empty entries get no vertex.</param>
    /// <param name="vertexAt">Filled with the vertex of the id at each position (also for a repeated id), or -1 for an empty entry; as long as <paramref name="keys"/>.</param>
    /// <returns>The table, for finding the vertex of any id.</returns>
    public static StringVertexTable Number(string[] keys, Span<int> vertexAt)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfNotEqual(vertexAt.Length, keys.Length, nameof(vertexAt));
        var table = new StringVertexTable(keys.Length);
        var pool = ArrayPool<int>.Shared;
        var hashes = pool.Rent(keys.Length);
        var order = pool.Rent(keys.Length);
        Hash(keys, hashes);
        var count = InsertionOrder(keys, hashes, order);
        for (var k = 0; k < count; k++)
        {
            var position = order[k];
            vertexAt[position] = table.Insert(keys[position], hashes[position], position);
        }

        pool.Return(hashes);
        pool.Return(order);
        table.Renumber(keys, vertexAt);
        return table;
    }

    /// <summary>The vertex of <paramref name="key"/>, or -1 when it is not in the table.</summary>
    /// <param name="key">The id.</param>
    public int Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = key.GetHashCode();
        for (var i = Home(hash); _slots[i].Key is { } stored; i = (i + 1) & _mask)
        {
            if (_slots[i].Hash == hash && string.Equals(stored, key))
            {
                return _slots[i].Vertex;
            }
        }

        return -1;
    }

    /// <summary>Returns the slots to the pool; the table finds nothing afterwards.</summary>
    public void Dispose()
    {
        if (_mask > 0)
        {
            ArrayPool<Slot>.Shared.Return(_slots, clearArray: true);
            (_slots, _mask) = ([default], 0);
        }
    }

    private static void Hash(string[] keys, int[] hashes)
    {
        if (keys.Length < ParallelThreshold)
        {
            Hash(keys, hashes, 0, keys.Length);
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(0, keys.Length, ParallelThreshold), range => Hash(keys, hashes, range.Item1, range.Item2));
        }
    }

    private static void Hash(string[] keys, int[] hashes, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            hashes[i] = keys[i].GetHashCode();
        }
    }

    private int Home(int hash) => (int)((uint)hash >> _shift) & _mask;

    /// <summary>Puts into <paramref name="order"/> the positions of the non-empty ids grouped by the top bits of their hash, each group in position order (so a repeated id comes after its first occurrence); returns how many.</summary>
    private static int InsertionOrder(string[] keys, int[] hashes, int[] order)
    {
        var groupShift = 32 - GroupBits;
        var starts = new int[(1 << GroupBits) + 1];
        var count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length > 0)
            {
                starts[((uint)hashes[i] >> groupShift) + 1]++;
                count++;
            }
        }

        for (var g = 1; g < starts.Length; g++)
        {
            starts[g] += starts[g - 1];
        }

        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length > 0)
            {
                order[starts[(uint)hashes[i] >> groupShift]++] = i;
            }
        }

        return count;
    }

    /// <summary>Inserts the id at <paramref name="position"/> unless an equal one is there; returns the position of the first occurrence.</summary>
    private int Insert(string key, int hash, int position)
    {
        var i = Home(hash);
        for (; _slots[i].Key is { } stored; i = (i + 1) & _mask)
        {
            if (_slots[i].Hash == hash && string.Equals(stored, key))
            {
                return _slots[i].Vertex;
            }
        }

        _slots[i] = new Slot(key, hash, position);
        return position;
    }

    /// <summary>
    /// Turns the first-occurrence positions held in the slots and in <paramref name="vertexAt"/>
    /// into dense vertices in order of first occurrence. When every id is there once and none is
    /// empty, position and vertex are the same and nothing needs to change.
    /// </summary>
    private void Renumber(string[] keys, Span<int> vertexAt)
    {
        var dense = true;
        for (var i = 0; i < keys.Length && dense; i++)
        {
            dense = keys[i].Length > 0 && vertexAt[i] == i;
        }

        if (dense)
        {
            Count = keys.Length;
            return;
        }

        var vertexOfPosition = ArrayPool<int>.Shared.Rent(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length == 0)
            {
                vertexAt[i] = -1;
            }
            else if (vertexAt[i] == i)
            {
                vertexOfPosition[i] = Count++;
                vertexAt[i] = vertexOfPosition[i];
            }
            else
            {
                vertexAt[i] = vertexOfPosition[vertexAt[i]];
            }
        }

        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i].Key is not null)
            {
                _slots[i] = _slots[i] with { Vertex = vertexOfPosition[_slots[i].Vertex] };
            }
        }

        ArrayPool<int>.Shared.Return(vertexOfPosition);
    }

    private readonly record struct Slot(string? Key, int Hash, int Vertex);
}
