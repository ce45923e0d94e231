using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tests.Serialization;

public class StrictReadingTests
{
    private const string ManyProblems = """
        {
          "formatVersion": 1,
          "name": "M",
          "colour": "blue",
          "theoryOfChange": {},
          "areas": [
            { "id": "a", "name": "A", "level": "wijk", "cbsCode": "WK12" },
            { "id": "a", "name": "B", "level": "buurt", "parentId": "nergens" },
            { "id": "c", "level": "buurt", "population": "many" }
          ],
          "indicators": [
            { "id": "i", "name": "I", "level": "outcome", "polarity": "HigherIsBetter", "aggregation": "count" }
          ],
          "measurements": [
            { "indicatorId": "i", "areaId": "a", "date": "2023-02-30", "value": 1 },
            { "indicatorId": "i", "areaId": "a", "date": "2023-02-01", "value": 1e400 }
          ]
        }
        """;

    private static IReadOnlyList<ModelProblem> ProblemsOf(string json) =>
        Assert.Throws<WijkaanpakModelException>(() => ModelJson.ReadFromString(json)).Problems;

    [Theory]
    [InlineData("$.colour", 4, "Unknown property 'colour'")]
    [InlineData("$.areas[0].cbsCode", 7, "is not a CBS code")]
    [InlineData("$.areas[1].id", 8, "Duplicate area id 'a'")]
    [InlineData("$.areas[1].parentId", 8, "No area has id 'nergens'")]
    [InlineData("$.areas[2].name", 9, "required value 'name'")]
    [InlineData("$.areas[2].population", 9, "Expected a whole number, found a string")]
    [InlineData("$.indicators[0].polarity", 12, "'HigherIsBetter' is not a Polarity")]
    [InlineData("$.measurements[0].date", 15, "'2023-02-30' is not a date")]
    [InlineData("$.measurements[1].value", 16, "1e400 is not a finite number")]
    public void Every_problem_of_a_file_is_reported_at_once_with_path_and_line(string path, int line, string message)
    {
        var problems = ProblemsOf(ManyProblems);

        Assert.Contains(problems, p => p.Path == path && p.Line == line && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_are_listed_once_each_in_file_order()
    {
        var problems = ProblemsOf(ManyProblems);

        Assert.Equal(9, problems.Count);
        Assert.Equal(problems.OrderBy(p => p.Line).ThenBy(p => p.Column), problems);
    }

    [Fact]
    public void Each_problem_has_a_column()
    {
        var problem = ProblemsOf(ManyProblems).Single(p => p.Path == "$.colour");

        Assert.Equal(3, problem.Column);
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1, "name": "M", "theoryOfChange": {}, "areas": [ { "id": "a", "name": "A", "level": "wijk", "population": NaN } ] }""")]
    [InlineData("""{ "formatVersion": 1, "name": "M", "theoryOfChange": {} """)]
    [InlineData("""{ "formatVersion": 1, "name": "M", "theoryOfChange": {} } {}""")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("null")]
    public void Malformed_json_is_refused_with_a_position(string json)
    {
        var problem = ProblemsOf(json)[0];

        Assert.NotNull(problem.Line);
        Assert.NotNull(problem.Column);
    }

    [Fact]
    public void A_duplicated_property_is_refused()
    {
        var problems = ProblemsOf("""{ "formatVersion": 1, "name": "M", "name": "N", "theoryOfChange": {} }""");

        Assert.Contains(problems, p => p.Path == "$.name" && p.Message.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void Null_is_refused_where_a_value_is_required()
    {
        var problems = ProblemsOf("""{ "formatVersion": 1, "name": null, "theoryOfChange": {} }""");

        Assert.Contains(problems, p => p.Path == "$.name" && p.Message.StartsWith("null is not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void Null_is_accepted_for_an_optional_value()
    {
        var model = ModelJson.ReadFromString("""{ "formatVersion": 1, "name": "M", "description": null, "theoryOfChange": {} }""");

        Assert.Null(model.Description);
    }

    [Fact]
    public void An_enum_name_must_match_exactly()
    {
        var problems = ProblemsOf("""{ "formatVersion": 1, "name": "M", "theoryOfChange": {}, "areas": [ { "id": "a", "name": "A", "level": 3 } ] }""");

        Assert.Contains(problems, p => p.Path == "$.areas[0].level");
    }

    [Fact]
    public void A_date_interval_that_ends_before_it_starts_is_refused_at_its_end()
    {
        var problems = ProblemsOf("""{ "formatVersion": 1, "name": "M", "horizon": { "start": "2030-01-01", "end": "2020-01-01" }, "theoryOfChange": {} }""");

        Assert.Contains(problems, p => p.Path == "$.horizon.end" && p.Message.Contains("before it starts", StringComparison.Ordinal));
    }

    [Fact]
    public void Nesting_deeper_than_the_maximum_depth_is_refused()
    {
        var json = """{ "formatVersion": 1, "name": "M", "theoryOfChange": {}, "description": """ + new string('[', 100) + new string(']', 100) + "}";

        var e = Assert.Throws<WijkaanpakModelException>(() => ModelJson.ReadFromString(json, new ModelReadOptions { MaxDepth = 16 }));

        Assert.Contains(e.Problems, p => p.Message.Contains("depth", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_file_larger_than_the_maximum_size_is_refused_before_parsing()
    {
        using var stream = new MemoryStream(new byte[4096]);

        var e = Assert.Throws<WijkaanpakModelException>(() => ModelJson.Read(stream, new ModelReadOptions { MaxBytes = 1000 }));

        Assert.Contains("MaxBytes", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var json = ModelJson.WriteToString(ModelJsonTests.SmallModel());
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(json)]);

        Assert.Equal(ModelJsonTests.SmallModel(), ModelJson.Read(stream));
    }
}
