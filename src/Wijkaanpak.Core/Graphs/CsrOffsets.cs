namespace Wijkaanpak.Core.Graphs;

/// <summary>The counting step shared by every CSR layout and counting sort in the graph code.</summary>
internal static class CsrOffsets
{
    /// <summary>
    /// Offsets of the groups of <paramref name="keys"/>: entry k is the number of keys below k, so
    /// group k occupies <c>[offsets[k], offsets[k + 1])</c>. Every key must lie in <c>0 .. keyCount-1</c>.
    /// </summary>
    public static int[] Of(ReadOnlySpan<int> keys, int keyCount)
    {
        var offsets = new int[keyCount + 1];
        foreach (var k in keys)
        {
            offsets[k + 1]++;
        }

        for (var k = 0; k < keyCount; k++)
        {
            offsets[k + 1] += offsets[k];
        }

        return offsets;
    }
}
