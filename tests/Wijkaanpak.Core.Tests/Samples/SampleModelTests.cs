using System.Text;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tests.Samples;

/// <summary>The bundled sample models are what a new user runs first: they must load, be sound and be canonical.</summary>
public sealed class SampleModelTests
{
    /// <summary>Every sample model file, for the theories below.</summary>
    public static TheoryData<string> Models => SampleFiles.Models;

    [Fact]
    public void There_are_at_least_eight_sample_models() =>
        Assert.True(SampleFiles.ModelFileNames.Count >= 8, $"Only {SampleFiles.ModelFileNames.Count} sample models in {SampleFiles.ModelsFolder}.");

    [Fact]
    public void The_readme_names_the_Samen_voor_Overvecht_sample() =>
        Assert.Contains("samen-voor-overvecht.json", SampleFiles.ModelFileNames);

    [Theory]
    [MemberData(nameof(Models))]
    public void A_sample_loads_without_integrity_problems(string file)
    {
        var model = ModelJson.ReadFile(SampleFiles.PathOf(file));

        Assert.Empty(ModelIntegrity.Check(model));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_sample_is_canonical_so_reading_and_writing_it_gives_the_same_bytes(string file)
    {
        var path = SampleFiles.PathOf(file);
        var written = Path.Combine(Path.GetTempPath(), $"wijkaanpak-sample-{Guid.NewGuid():N}.json");
        try
        {
            ModelJson.WriteFile(ModelJson.ReadFile(path), written);

            Assert.Equal(File.ReadAllText(path, Encoding.UTF8), File.ReadAllText(written, Encoding.UTF8));
            Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(written));
        }
        finally
        {
            File.Delete(written);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_sample_says_what_it_shows_and_where_its_figures_come_from(string file)
    {
        var model = ModelJson.ReadFile(SampleFiles.PathOf(file));

        Assert.False(string.IsNullOrWhiteSpace(model.Description), "description");
        Assert.Contains("Bron:", model.Provenance, StringComparison.Ordinal);
        Assert.Contains("Synthetisch:", model.Provenance, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_sample_is_rich_enough_to_show_every_part_of_the_model(string file)
    {
        var model = ModelJson.ReadFile(SampleFiles.PathOf(file));
        var levels = model.Alliantie?.Bodies.Select(b => b.Level).Distinct().Count() ?? 0;

        Assert.NotEmpty(model.Opgaven);
        Assert.NotEmpty(model.TheoryOfChange.Interventions);
        Assert.NotEmpty(model.TheoryOfChange.Preconditions);
        Assert.Contains(model.Measurements, m => m.Date.Year != model.Measurements[0].Date.Year);
        Assert.NotEmpty(model.Relations);
        Assert.NotNull(model.Alliantie?.ProcessDirection);
        Assert.NotNull(model.Alliantie?.ResidentInvolvement);
        Assert.Equal(3, levels);
        Assert.Contains(model.Programmes, p => !p.BudgetLines.IsEmpty);
    }
}
