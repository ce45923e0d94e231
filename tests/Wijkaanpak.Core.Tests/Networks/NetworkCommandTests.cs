using System.Text.Json;
using Wijkaanpak.Cli;

namespace Wijkaanpak.Core.Tests.Networks;

public sealed class NetworkCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wijkaanpak-network-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = WijkaanpakCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string Generate(int nodes = 60, int edges = 180, int seed = 42, string name = "net.json")
    {
        var path = Path.Combine(_directory, name);
        var (exit, _, error) = Run("generate", "stakeholders", "--nodes", $"{nodes}", "--edges", $"{edges}", "--seed", $"{seed}", "-o", path);
        Assert.True(exit == ExitCodes.Success, error);
        return path;
    }

    [Fact]
    public void Generate_stakeholders_writes_the_model_and_an_edge_list_next_to_it()
    {
        var path = Generate();

        var edges = File.ReadAllLines(Path.Combine(_directory, "net.edges.csv"));
        Assert.True(File.Exists(path));
        Assert.Equal("source,target,weight", edges[0]);
        Assert.Equal(181, edges.Length);
    }

    [Fact]
    public void Generate_stakeholders_with_the_same_seed_writes_the_same_files()
    {
        var first = Generate(name: "a.json");
        var second = Generate(name: "b.json");

        Assert.Equal(File.ReadAllText(Path.Combine(_directory, "a.edges.csv")), File.ReadAllText(Path.Combine(_directory, "b.edges.csv")));
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }

    [Fact]
    public void Generate_stakeholders_with_too_few_edges_fails_with_an_input_error_and_writes_nothing()
    {
        var (exit, _, error) = Run("generate", "stakeholders", "--nodes", "10", "--edges", "3", "-o", Path.Combine(_directory, "x.json"));

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("from 9 to 45", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Fact]
    public void Network_as_csv_lists_the_top_stakeholders_per_metric_in_long_format()
    {
        var path = Generate();

        var (exit, output, _) = Run("network", path, "--metrics", "pagerank,degree", "--top", "3", "--format", "csv");

        var scores = Scores(output);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("metric,rank,stakeholder,name,type,value", scores[0]);
        Assert.Equal(7, scores.Length);
        Assert.Equal(3, scores.Count(l => l.StartsWith("pagerank,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Network_with_top_zero_lists_every_stakeholder()
    {
        var path = Generate();

        var (_, output, _) = Run("network", path, "--metrics", "kcore", "--top", "0", "--format", "csv");

        Assert.Equal(61, Scores(output).Length);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Network_as_csv_or_json_is_complete_without_top(string format)
    {
        var path = Generate();

        var (_, output, _) = Run("network", path, "--metrics", "degree,pagerank", "--format", format);

        var rows = format == "csv"
            ? Scores(output).Length - 1
            : JsonDocument.Parse(output).RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "scores").GetProperty("rows").GetArrayLength();
        Assert.Equal(120, rows);
    }

    [Fact]
    public void Top_limits_the_rankings_but_never_the_members_of_a_community()
    {
        var path = Generate();

        var (_, output, _) = Run("network", path, "--metrics", "degree,communities", "--top", "5", "--format", "csv");

        var scores = Scores(output);
        Assert.Equal(5, scores.Count(l => l.StartsWith("degree,", StringComparison.Ordinal)));
        Assert.Equal(60, scores.Count(l => l.StartsWith("communities,", StringComparison.Ordinal)));
    }

    /// <summary>The lines of the scores table of a network CSV, its header first.</summary>
    private static string[] Scores(string csv) =>
        csv[(csv.IndexOf("# scores\n", StringComparison.Ordinal) + "# scores\n".Length)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Network_as_json_has_one_entry_per_metric_with_its_summary()
    {
        var path = Generate();

        var (_, output, _) = Run("network", path, "--metrics", "communities,betweenness", "--format", "json", "--undirected");

        using var json = JsonDocument.Parse(output);
        var tables = json.RootElement.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("rows"));
        var metrics = tables["metrics"];
        Assert.Equal(2, metrics.GetArrayLength());
        Assert.Contains("modularity", metrics[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(tables["network"][0].GetProperty("undirected").GetBoolean());
    }

    [Fact]
    public void Network_as_text_names_each_metric_and_its_stakeholders()
    {
        var path = Generate();

        var (exit, output, _) = Run("network", path, "--metrics", "pagerank", "--top", "2");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"(?m)^pagerank +damping 0\.85", output);
        Assert.Matches(@"(?m)^Synthetic stakeholder network 60/180 +60 +180 +false +true$", output);
        Assert.Equal(2, output.Split('\n').Count(l => l.StartsWith("pagerank ", StringComparison.Ordinal) && !l.Contains("damping", StringComparison.Ordinal)));
    }

    [Fact]
    public void Network_with_an_unknown_metric_fails_with_an_input_error_naming_it()
    {
        var path = Generate();

        var (exit, _, error) = Run("network", path, "--metrics", "pagerank,fame");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("unknown metric 'fame'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_with_an_unknown_relation_kind_fails_with_an_input_error_naming_it()
    {
        var path = Generate();

        var (exit, _, error) = Run("network", path, "--kinds", "friendship");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("unknown relation kind 'friendship'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_on_a_missing_file_fails_with_an_input_error()
    {
        var (exit, _, _) = Run("network", Path.Combine(_directory, "missing.json"));

        Assert.Equal(ExitCodes.InputError, exit);
    }
}
