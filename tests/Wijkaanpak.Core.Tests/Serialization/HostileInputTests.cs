using System.Text.Json.Nodes;
using FsCheck.Xunit;
using NodaTime;
using Wijkaanpak.Core.Instruments;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Samples;

namespace Wijkaanpak.Core.Tests.Serialization;

/// <summary>
/// Input the fuzzer found breaking the reader or a later command (issue #13): each is now refused
/// with <see cref="WijkaanpakModelException"/>, its problem placed at the value itself, or read
/// correctly.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly JsonNode Overvecht = JsonNode.Parse(File.ReadAllBytes(SampleFiles.PathOf("samen-voor-overvecht.json")))!;

    /// <summary>The sample with the value at <paramref name="path"/> (dotted, with [i] for elements) replaced, indented as written.</summary>
    private static string With(string path, JsonNode? value)
    {
        var root = Overvecht.DeepClone();
        var steps = path.TrimStart('$', '.').Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = root;
        for (var i = 0; i < steps.Length - 1; i++)
        {
            node = steps[i].StartsWith('[') ? node![int.Parse(steps[i][1..^1], System.Globalization.CultureInfo.InvariantCulture)] : node![steps[i]];
        }

        var last = steps[^1];
        if (last.StartsWith('['))
        {
            node!.AsArray()[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node!.AsObject()[last] = value;
        }

        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static ModelProblem SingleProblem(string json, string path)
    {
        var e = Assert.Throws<WijkaanpakModelException>(() => ModelJson.ReadFromString(json));
        var problem = Assert.Single(e.Problems, p => p.Path == path);
        Assert.NotNull(problem.Line);
        return problem;
    }

    /// <summary>The line of the first <paramref name="fragment"/> in <paramref name="json"/>, after <paramref name="after"/> when given.</summary>
    private static long LineOf(string json, string fragment, string? after = null)
    {
        var from = after is null ? 0 : json.IndexOf(after, StringComparison.Ordinal);
        return json[..json.IndexOf(fragment, from, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
    }

    [Theory]
    [InlineData("$.areas[1]")]
    [InlineData("$.theoryOfChange.goals[2]")]
    [InlineData("$.theoryOfChange.edges[0]")]
    [InlineData("$.indicators[0].targets[0]")]
    [InlineData("$.indicators[0].targets[0].milestones[0]")]
    [InlineData("$.measurements[3]")]
    [InlineData("$.stakeholders[0]")]
    [InlineData("$.relations[1]")]
    [InlineData("$.alliantie.members[0]")]
    [InlineData("$.programmes[0]")]
    [InlineData("$.programmes[0].budgetLines[0]")]
    [InlineData("$.funnels[0]")]
    public void A_null_element_of_a_list_is_refused_at_its_own_line(string path)
    {
        var json = With(path, null);

        var problem = SingleProblem(json, path);

        Assert.Equal(LineOf(json, "null"), problem.Line);
        Assert.Contains("null is not allowed", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P999999999Y", "longer than the supported 100 years")]
    [InlineData("P1201M", "longer than the supported 100 years")]
    [InlineData("PT1H", "time of day")]
    [InlineData("P1Y2M3W4DT5H", "time of day")]
    public void A_period_the_computations_cannot_handle_is_refused_at_the_value(string period, string message)
    {
        var json = With("$.indicators[0].frequency", period);

        var problem = SingleProblem(json, "$.indicators[0].frequency");

        Assert.Equal(LineOf(json, $"\"{period}\""), problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2201-01-01")]
    [InlineData("1799-12-31")]
    public void A_date_outside_1800_to_2200_is_refused_at_the_value(string date)
    {
        var json = With("$.measurements[0].date", date);

        var problem = SingleProblem(json, "$.measurements[0].date");

        Assert.Equal(LineOf(json, date), problem.Line);
        Assert.Contains("outside the supported dates 1800-01-01 to 2200-12-31", problem.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public bool A_date_reads_exactly_when_it_lies_in_the_supported_range(int offset)
    {
        var date = new LocalDate(2000, 1, 1).PlusDays(offset % 150_000);
        var json = With("$.measurements[0].date", date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            return ModelJson.ReadFromString(json).Measurements[0].Date == date && ModelRanges.IsSupported(date);
        }
        catch (WijkaanpakModelException e)
        {
            return !ModelRanges.IsSupported(date) && e.Problems.Any(p => p.Path == "$.measurements[0].date");
        }
    }

    [Fact]
    public void A_bad_date_inside_an_interval_is_reported_at_that_date()
    {
        var json = With("$.horizon.start", "2019-02-30");

        var problem = SingleProblem(json, "$.horizon.start");

        Assert.Equal(LineOf(json, "2019-02-30"), problem.Line);
    }

    [Fact]
    public void An_unsupported_format_version_is_reported_at_the_version_not_at_the_end_of_the_file()
    {
        var json = With("$.formatVersion", 2);

        var problem = SingleProblem(json, "$.formatVersion");

        Assert.Equal(2, problem.Line);
        Assert.Contains("Format version 2 is not supported", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.measurements[0].value", 1.797e308, "outside the supported range -1e15 to 1e15")]
    [InlineData("$.measurements[0].value", -1e16, "outside the supported range -1e15 to 1e15")]
    [InlineData("$.relations[0].weight", 1e308, "a number from 1e-6 to 1e6")]
    [InlineData("$.relations[0].weight", 5e-324, "a number from 1e-6 to 1e6")]
    public void A_number_the_computations_cannot_handle_is_refused_at_the_value(string path, double value, string message)
    {
        var json = With(path, value);

        var problem = SingleProblem(json, path);

        var list = path.StartsWith("$.relations", StringComparison.Ordinal) ? "\"relations\"" : "\"measurements\"";
        var field = path.EndsWith("weight", StringComparison.Ordinal) ? "\"weight\"" : "\"value\"";
        Assert.Equal(LineOf(json, field, after: list), problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_built_in_code_with_a_date_beyond_2200_is_refused_too()
    {
        var builder = new ModelBuilder("M")
            .Area("a", "A", ScaleLevel.Wijk)
            .Indicator("i", "I", ResultLevel.Outcome, Polarity.HigherIsBetter, AggregationKind.Count)
            .Measurement("i", "a", new LocalDate(9999, 12, 31), 1);

        var e = Assert.Throws<WijkaanpakModelException>(() => builder.Build());

        Assert.Contains(e.Problems, p => p.Path == "$.measurements[0].date");
    }

    [Fact]
    public void A_byte_order_mark_before_the_model_changes_neither_reading_nor_the_positions_of_findings()
    {
        var utf8 = File.ReadAllBytes(SampleFiles.PathOf("samen-voor-overvecht.json"));
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. utf8];
        string[] paths = ["$.theoryOfChange.goals[3]", "$.measurements[10].value", "$.nowhere"];

        Assert.Equal(ModelJson.Read(utf8), ModelJson.Read(withBom));
        Assert.Equal(ModelJson.Locate(utf8, paths), ModelJson.Locate(withBom, paths));
    }

    [Fact]
    public void Model_and_assessment_exceptions_share_one_base_for_refused_input()
    {
        WijkaanpakInputException model = Assert.Throws<WijkaanpakModelException>(() => ModelJson.ReadFromString("{}"));
        WijkaanpakInputException assessment = Assert.Throws<AssessmentException>(() => AssessmentJson.Read("{"));

        Assert.NotEmpty(model.Problems);
        Assert.NotEmpty(assessment.Problems);
    }
}
