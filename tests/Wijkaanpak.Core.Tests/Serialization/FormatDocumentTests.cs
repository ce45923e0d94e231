using System.Text.RegularExpressions;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tests.Serialization;

public partial class FormatDocumentTests
{
    private static string Block(string language)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("docs/format.md"));
        return FencedBlock().Matches(text).First(m => m.Groups["lang"].Value == language).Groups["body"].Value;
    }

    [GeneratedRegex("```(?<lang>[a-z]*)\\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [Fact]
    public void The_complete_example_of_the_format_page_reads()
    {
        var model = ModelJson.ReadFromString(Block("json"));

        Assert.Equal("Samen voor de Westwijk", model.Name);
    }

    [Fact]
    public void The_complete_example_uses_every_list_of_the_model()
    {
        var model = ModelJson.ReadFromString(Block("json"));

        Assert.All(
            new (string Name, int Count)[]
            {
                ("taxonomies", model.Taxonomies.Count), ("areas", model.Areas.Count), ("opgaven", model.Opgaven.Count),
                ("goals", model.TheoryOfChange.Goals.Count), ("interventions", model.TheoryOfChange.Interventions.Count),
                ("preconditions", model.TheoryOfChange.Preconditions.Count), ("assumptions", model.TheoryOfChange.Assumptions.Count),
                ("edges", model.TheoryOfChange.Edges.Count), ("indicators", model.Indicators.Count), ("measurements", model.Measurements.Count),
                ("stakeholders", model.Stakeholders.Count), ("relations", model.Relations.Count), ("programmes", model.Programmes.Count),
                ("funnels", model.Funnels.Count), ("socialReturnCases", model.SocialReturnCases.Count),
            },
            list => Assert.True(list.Count > 0, $"The example has no {list.Name}."));
        Assert.NotNull(model.Alliantie?.Contract);
    }

    [Fact]
    public void The_example_written_by_the_library_round_trips_byte_identically()
    {
        var written = ModelJson.WriteToString(ModelJson.ReadFromString(Block("json")));

        Assert.Equal(written, ModelJson.WriteToString(ModelJson.ReadFromString(written)));
    }

    [Fact]
    public void The_csv_example_of_the_format_page_reads()
    {
        var measurements = MeasurementCsv.Read(new StringReader(Block("csv")));

        Assert.Equal(2, measurements.Count);
        Assert.Equal(MeasurementQualifier.Estimated, measurements[1].Qualifier);
    }

    [Fact]
    public void Every_bundled_sample_model_loads_and_round_trips_byte_identically()
    {
        var folder = RepositoryFiles.PathOf("samples/models");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json") : [];
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            using var stream = new MemoryStream(bytes);
            var written = ModelJson.WriteToString(ModelJson.Read(stream));
            Assert.True(System.Text.Encoding.UTF8.GetString(bytes) == written, $"{Path.GetFileName(file)} does not round-trip byte-identically.");
        }
    }
}
