using NodaTime;
using Wijkaanpak.Core.Instruments;

namespace Wijkaanpak.Core.Tests.Instruments;

public sealed class AssessmentJsonTests
{
    private static readonly Assessment Sample = new("wmo", "Wijksteunpunten", new LocalDate(2025, 3, 1))
    {
        Respondent = "projectleider",
        Answers =
        [
            new Answer("wmo.A.10", AnswerValue.Partly) { Evidence = "Evaluatie gepland, indicatoren nog niet gekozen", Date = new LocalDate(2025, 2, 20) },
            new Answer("wmo.B.4", AnswerValue.NotApplicable) { Respondent = "wijkteam" },
        ],
    };

    [Fact]
    public void An_assessment_survives_a_round_trip()
    {
        Assert.Equal(Sample, AssessmentJson.Read(AssessmentJson.Write(Sample)));
    }

    [Fact]
    public void Answers_and_dates_are_written_in_the_documented_form()
    {
        var json = AssessmentJson.Write(Sample);

        Assert.Contains("\"formatVersion\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"notApplicable\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2025-02-20\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_date_is_reported_with_path_and_line()
    {
        const string json = "{\n\"formatVersion\": 1,\n\"checklistId\": \"wmo\",\n\"practice\": \"P\",\n\"date\": \"2025-02-30\"\n}";

        var problem = Assert.Single(Assert.Throws<AssessmentException>(() => AssessmentJson.Read(json, "a.json")).Problems);
        Assert.Equal(("$.date", 5L), (problem.Path, problem.Line));
        Assert.Contains("2025-02-30", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"formatVersion\": 1, \"checklistId\": \"wmo\", \"practice\": \"P\", \"date\": \"2025-01-01\", \"extra\": 1}")]
    [InlineData("{\"formatVersion\": 1, \"checklistId\": \"wmo\", \"date\": \"2025-01-01\"}")]
    [InlineData("{\"formatVersion\": 2, \"checklistId\": \"wmo\", \"practice\": \"P\", \"date\": \"2025-01-01\"}")]
    [InlineData("{\"formatVersion\": 1, \"checklistId\": \"wmo\", \"practice\": \"P\", \"date\": \"2025-01-01\", \"answers\": [{\"questionId\": \"wmo.A.1\", \"value\": 1}]}")]
    [InlineData("{\"formatVersion\": 1, \"checklistId\": null, \"practice\": \"P\", \"date\": \"2025-01-01\"}")]
    [InlineData("null")]
    [InlineData("[")]
    public void Malformed_files_fail_with_our_exception(string json)
    {
        Assert.Throws<AssessmentException>(() => AssessmentJson.Read(json));
    }

    [Fact]
    public void A_checklist_is_written_with_its_guidance_and_indicator_links()
    {
        var json = AssessmentJson.Write(ChecklistCatalogue.Wmo);

        Assert.Contains("\"id\": \"wmo.A.10\"", json, StringComparison.Ordinal);
        Assert.Contains("\"indicatorIds\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"guidance\": {", json, StringComparison.Ordinal);
        Assert.Contains("bron: 001 §3.1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_is_read_with_its_name_in_the_problems()
    {
        var path = Path.Combine(Path.GetTempPath(), $"wijkaanpak-assessment-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, "{\"formatVersion\": 1}");

            var error = Assert.Throws<AssessmentException>(() => AssessmentJson.ReadFile(path));
            Assert.Equal(path, error.Source);
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_sample_assessment_reads_and_scores()
    {
        var score = AssessmentScorer.Score(AssessmentJson.ReadFile(SamplePath("assessments", "wmo-wijksteunpunten-2025.json")));

        Assert.Equal((9, 5, 2, 1, 1), (score.Overall.Yes, score.Overall.Partly, score.Overall.No, score.Overall.Unknown, score.Overall.NotApplicable));
        Assert.Equal(Judgement.DoesNotMeet, score.Indicators.Single(i => i.Id == "wmo.D.I1").Summary.Judgement);
    }

    internal static string SamplePath(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Wijkaanpak.Core.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine([directory?.FullName ?? throw new InvalidOperationException("The repository root was not found."), "samples", .. parts]);
    }
}
