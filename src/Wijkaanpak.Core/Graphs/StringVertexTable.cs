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
/// finished table may be read from several threads at once.
/// </remarks>
internal sealed class StringVertexTable
{
    private const int GroupBits = 11;
    private const int ParallelThreshold = 1 << 15;
    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _mask;

    private StringVertexTable(int count)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, count * 2));
        _slots = new Slot[size];
        _mask = size - 1;
        _shift = 32 - BitOperations.Log2((uint)size);
    }

    /// <summary>The number of distinct ids.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Numbers <paramref name="keys"/>: each distinct non-empty id gets the next vertex at its
    /// first occurrence.
    /// </summary>
    /// <param name="keys">The ids in order; null and empty entries get no vertex.</param>
    /// <param name="vertexAt">Filled with the vertex of the id at each position (also for a repeated id), or -1 for a null or empty entry; as long as <paramref name="keys"/>.</param>
    /// <returns>The table, for finding the vertex of any id.</returns>
    public static StringVertexTable Number(string?[] keys, int[] vertexAt)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(vertexAt);
        ArgumentOutOfRangeException.ThrowIfNotEqual(vertexAt.Length, keys.Length, nameof(vertexAt));
        var table = new StringVertexTable(keys.Length);
        var hashes = Hashes(keys);
        foreach (var position in InsertionOrder(keys, hashes))
        {
            vertexAt[position] = table.Insert(keys[position]!, hashes[position], position);
        }

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

    private static int[] Hashes(string?[] keys)
    {
        var hashes = new int[keys.Length];
        if (keys.Length < ParallelThreshold)
        {
            Hash(keys, hashes, 0, keys.Length);
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(0, keys.Length, ParallelThreshold), range => Hash(keys, hashes, range.Item1, range.Item2));
        }

        return hashes;
    }

    private static void Hash(string?[] keys, int[] hashes, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            hashes[i] = keys[i]?.GetHashCode() ?? 0;
        }
    }

    private int Home(int hash) => (int)((uint)hash >> _shift) & _mask;

    /// <summary>The positions of the non-empty ids grouped by the top bits of their hash, each group in position order (so a repeated id comes after its first occurrence).</summary>
    private static int[] InsertionOrder(string?[] keys, int[] hashes)
    {
        var groupShift = 32 - GroupBits;
        var starts = new int[(1 << GroupBits) + 1];
        var count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (!string.IsNullOrEmpty(keys[i]))
            {
                starts[((uint)hashes[i] >> groupShift) + 1]++;
                count++;
            }
        }

        for (var g = 1; g < starts.Length; g++)
        {
            starts[g] += starts[g - 1];
        }

        var order = new int[count];
        for (var i = 0; i < keys.Length; i++)
        {
            if (!string.IsNullOrEmpty(keys[i]))
            {
                order[starts[(uint)hashes[i] >> groupShift]++] = i;
            }
        }

        return order;
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

    /// <summary>Turns the first-occurrence positions held in the slots and in <paramref name="vertexAt"/> into dense vertices in order of first occurrence.</summary>
    private void Renumber(string?[] keys, int[] vertexAt)
    {
        var vertexOfPosition = new int[keys.Length];
        var dense = true;
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.IsNullOrEmpty(keys[i]))
            {
                vertexAt[i] = -1;
                dense = false;
            }
            else if (vertexAt[i] == i)
            {
                vertexOfPosition[i] = Count++;
                vertexAt[i] = vertexOfPosition[i];
            }
            else
            {
                vertexAt[i] = vertexOfPosition[vertexAt[i]];
                dense = false;
            }
        }

        if (dense)
        {
            return;
        }

        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i].Key is not null)
            {
                _slots[i] = _slots[i] with { Vertex = vertexOfPosition[_slots[i].Vertex] };
            }
        }
    }

    private readonly record struct Slot(string? Key, int Hash, int Vertex);
}
