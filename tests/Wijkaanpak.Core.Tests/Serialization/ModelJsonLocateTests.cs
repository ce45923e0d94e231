using System.Text;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tests.Serialization;

public class ModelJsonLocateTests
{
    private static readonly byte[] File = Encoding.UTF8.GetBytes(
        "{\n  \"name\": \"M\",\n  \"areas\": [\n    { \"id\": \"w\" },\n    { \"id\": \"b\", \"tags\": [1, 2] }\n  ]\n}\n");

    [Fact]
    public void A_path_in_the_file_is_placed_where_its_value_starts()
    {
        var positions = ModelJson.Locate(File, ["$.areas[1]", "$.areas[0].id"]);

        Assert.Equal(new SourcePosition(5, 5), positions["$.areas[1]"]);
        Assert.Equal(new SourcePosition(4, 7), positions["$.areas[0].id"]);
    }

    [Fact]
    public void A_path_not_in_the_file_is_placed_at_its_nearest_enclosing_value()
    {
        var positions = ModelJson.Locate(File, ["$.areas[1].parentId", "$.areas[7]", "$.programmes[0]"]);

        Assert.Equal(new SourcePosition(5, 5), positions["$.areas[1].parentId"]);
        Assert.Equal(new SourcePosition(3, 3), positions["$.areas[7]"]);
        Assert.Equal(new SourcePosition(1, 1), positions["$.programmes[0]"]);
    }

    [Fact]
    public void Values_after_a_skipped_subtree_are_still_found()
    {
        var positions = ModelJson.Locate(File, ["$.areas[1].tags[1]", "$.name"]);

        Assert.Equal(new SourcePosition(5, 30), positions["$.areas[1].tags[1]"]);
        Assert.Equal(new SourcePosition(2, 3), positions["$.name"]);
    }
}
