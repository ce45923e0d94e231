using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tests.Serialization;

public class ModelJsonTests
{
    internal static WijkaanpakModel SmallModel() => new ModelBuilder("Samen voor de Wijk")
        .Describe(horizon: new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2041, 12, 31)))
        .Area("stad", "Stad", ScaleLevel.Gemeente, cbsCode: "GM0363", population: 900000)
        .Area("w1", "Wijk 1", ScaleLevel.Wijk, parent: "stad", cbsCode: "WK036300")
        .Stakeholder("gem", "Gemeente", StakeholderType.Gemeente)
        .Stakeholder("corp", "Corporatie", StakeholderType.Woningcorporatie)
        .Relation("gem", "corp", RelationKind.Collaboration)
        .Goal("m", "Missie", GoalLevel.Mission)
        .Goal("g1", "Doel 1", GoalLevel.Goal, "m")
        .Intervention("i1", "Schuldhulp", InterventionKind.Regulier, owner: "gem", budget: 1250.50m, contributesTo: "g1")
        .Indicator("ind", "Schulden", ResultLevel.Outcome, Polarity.LowerIsBetter, AggregationKind.Ratio, unit: "%")
        .Measurement("ind", "w1", new LocalDate(2023, 1, 1), 12.5, 125, 1000)
        .Member("gem", new LocalDate(2022, 1, 1))
        .Build();

    [Fact]
    public void A_written_model_reads_back_equal()
    {
        var model = SmallModel();
        var json = ModelJson.WriteToString(model);
        Assert.Equal(model, ModelJson.ReadFromString(json));
    }

    [Fact]
    public void A_model_file_starts_with_the_format_version()
    {
        var json = ModelJson.WriteToString(SmallModel());
        Assert.StartsWith("{\n  \"formatVersion\": 1,\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_uses_newline_line_endings_and_ends_with_one()
    {
        var json = ModelJson.WriteToString(SmallModel());
        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_optional_values_take_their_documented_defaults()
    {
        var model = ModelJson.ReadFromString("""
            {
              "formatVersion": 1,
              "name": "M",
              "stakeholders": [
                { "id": "a", "name": "A", "type": "gemeente" },
                { "id": "b", "name": "B", "type": "welzijn" }
              ],
              "relations": [ { "from": "a", "to": "b", "kind": "funding", "weight": 2 } ],
              "theoryOfChange": {
                "goals": [ { "id": "m", "name": "M", "level": "mission" }, { "id": "g", "name": "G", "level": "goal" } ],
                "edges": [ { "from": "g", "to": "m" } ]
              }
            }
            """);

        Assert.Equal(ChangeEdgeKind.ContributesTo, model.TheoryOfChange.Edges[0].Kind);
        Assert.Equal(ContributionType.Direct, model.TheoryOfChange.Edges[0].Contribution);
        Assert.True(model.Areas.IsEmpty);
    }

    [Fact]
    public void A_value_whose_default_is_not_zero_must_be_written_out()
    {
        var e = Assert.Throws<WijkaanpakModelException>(() => ModelJson.ReadFromString("""
            {
              "formatVersion": 1,
              "name": "M",
              "theoryOfChange": {},
              "stakeholders": [ { "id": "a", "name": "A", "type": "gemeente" } ],
              "relations": [ { "from": "a", "to": "a", "kind": "funding" } ]
            }
            """));
        Assert.Contains(e.Problems, p => p.Message.Contains("weight", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_format_version_is_refused()
    {
        var e = Assert.Throws<WijkaanpakModelException>(() => ModelJson.ReadFromString("""{ "name": "M", "theoryOfChange": {} }"""));
        Assert.Contains(e.Problems, p => p.Message.Contains("formatVersion", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_format_version_is_refused()
    {
        var e = Assert.Throws<WijkaanpakModelException>(() => ModelJson.ReadFromString("""{ "formatVersion": 2, "name": "M", "theoryOfChange": {} }"""));
        Assert.Contains(e.Problems, p => p.Message.Contains("Format version 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dangling_reference_is_reported_with_its_line_and_column()
    {
        var e = Assert.Throws<WijkaanpakModelException>(() => ModelJson.ReadFromString(
            "{\n  \"formatVersion\": 1,\n  \"name\": \"M\",\n  \"theoryOfChange\": {},\n  \"areas\": [ { \"id\": \"w\", \"name\": \"W\", \"level\": \"wijk\", \"parentId\": \"nergens\" } ]\n}"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.areas[0].parentId", problem.Path);
        Assert.Equal(5, problem.Line);
        Assert.Equal(57, problem.Column);
    }

    [Fact]
    public void A_file_is_written_whole_and_reads_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"wijkaanpak-{Guid.NewGuid():N}.json");
        try
        {
            ModelJson.WriteFile(SmallModel(), path);
            Assert.Equal(SmallModel(), ModelJson.ReadFile(path));
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.*.tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_model_with_integrity_problems_is_not_written()
    {
        var broken = SmallModel() with { Name = " " };
        Assert.Throws<WijkaanpakModelException>(() => ModelJson.WriteToString(broken));
    }
}
