using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Graphs;

namespace Wijkaanpak.Core.Tests.Graphs;

public class StringVertexTableTests
{
    [Fact]
    public void Ids_are_numbered_densely_in_order_of_first_occurrence_and_found_again()
    {
        string[] keys = ["gemeente", "corporatie", "gemeente", "", "", "school"];
        var vertexAt = new int[keys.Length];

        using var table = StringVertexTable.Number(keys, vertexAt);

        Assert.Equal(3, table.Count);
        Assert.Equal([0, 1, 0, -1, -1, 2], vertexAt);
        Assert.Equal(1, table.Find("corporatie"));
        Assert.Equal(2, table.Find(new string("school".AsSpan())));
        Assert.Equal(-1, table.Find("politie"));
        Assert.Equal(-1, table.Find(string.Empty));
    }

    [Fact]
    public void Ids_are_compared_ordinally()
    {
        using var table = StringVertexTable.Number(["Wijk", "wijk"], new int[2]);

        Assert.Equal(2, table.Count);
        Assert.Equal(-1, table.Find("WIJK"));
    }

    [Fact]
    public void A_table_made_after_another_is_disposed_knows_only_its_own_ids()
    {
        string[] first = ["a", "b", "c"];
        var table = StringVertexTable.Number(first, new int[3]);
        table.Dispose();

        using var second = StringVertexTable.Number(["x", "y"], new int[2]);

        Assert.Equal(-1, table.Find("a"));
        Assert.All(first, id => Assert.Equal(-1, second.Find(id)));
        Assert.Equal(1, second.Find("y"));
    }

    [Fact]
    public void A_vertex_array_of_another_length_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StringVertexTable.Number(["a", "b"], new int[1]));

    [Fact]
    public void Numbering_agrees_with_a_dictionary_of_first_occurrences()
    {
        // Small alphabets force repeated ids; sizes above the parallel threshold take the multi-core path.
        var keys = Gen.Elements("a", "b", "doel-1", "doel-10", "interventie-7", string.Empty).ArrayOf();
        var large = Gen.Choose(0, 40_000).Select(n => Enumerable.Range(0, 70_000).Select(i => (i * 7919 % 50_000).ToString("D", System.Globalization.CultureInfo.InvariantCulture)).Append(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        Prop.ForAll(Gen.OneOf(keys, large).ToArbitrary(), ids =>
        {
            var vertexAt = new int[ids.Length];
            using var table = StringVertexTable.Number([.. ids], vertexAt);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < ids.Length; i++)
            {
                if (ids[i].Length == 0)
                {
                    if (vertexAt[i] != -1)
                    {
                        return false;
                    }

                    continue;
                }

                expected.TryAdd(ids[i], expected.Count);
                if (vertexAt[i] != expected[ids[i]] || table.Find(new string(ids[i].AsSpan())) != expected[ids[i]])
                {
                    return false;
                }
            }

            return table.Count == expected.Count && table.Find("not-an-id") == -1;
        }).QuickCheckThrowOnFailure();
    }
}
