using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Graphs;

public class VertexIndexTests
{
    [Fact]
    public void Ids_are_numbered_densely_in_order_of_first_appearance()
    {
        var index = new VertexIndex<StakeholderId>([new("gemeente"), new("corporatie"), new("gemeente"), new("school")]);

        Assert.Equal(3, index.Count);
        Assert.True(index.TryGetIndex(new StakeholderId("corporatie"), out var corporatie));
        Assert.Equal(1, corporatie);
        Assert.Equal(new StakeholderId("school"), index.KeyAt(2));
        Assert.Equal(["gemeente", "corporatie", "school"], index.Keys.Select(k => k.Value));
    }

    [Fact]
    public void An_unknown_id_is_not_found_and_gets_minus_one()
    {
        var index = new VertexIndex<string>(["a"]);

        Assert.False(index.TryGetIndex("b", out var number));
        Assert.Equal(-1, number);
        Assert.False(index.Contains("b"));
    }

    [Fact]
    public void A_number_outside_the_index_is_refused_with_an_argument_exception()
    {
        var index = new VertexIndex<string>(["a"]);

        Assert.Throws<ArgumentOutOfRangeException>(() => index.KeyAt(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.KeyAt(-1));
    }

    [Fact]
    public void A_custom_comparer_decides_which_ids_are_the_same()
    {
        var index = new VertexIndex<string>(["Wijk", "wijk"], StringComparer.OrdinalIgnoreCase);

        Assert.Equal(1, index.Count);
        Assert.True(index.TryGetIndex("WIJK", out var number));
        Assert.Equal(0, number);
    }
}
