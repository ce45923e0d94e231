using Wijkaanpak.Cli;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tests.Instruments;

public sealed class InstrumentCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = WijkaanpakCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string TempFile() => Path.Combine(Path.GetTempPath(), $"wijkaanpak-instruments-{Guid.NewGuid():N}.json");

    [Fact]
    public void Checklist_list_shows_both_checklists_with_their_sections_and_counts()
    {
        var (exit, output, _) = Run("checklist", "list");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("wmo.D", output, StringComparison.Ordinal);
        Assert.Contains("handboek.nazorg", output, StringComparison.Ordinal);
        Assert.Contains("31", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist_show_prints_a_section_with_questions_guidance_and_indicator_links()
    {
        var (exit, output, _) = Run("checklist", "show", "wmo.A", "--format", "csv");

        Assert.Equal(ExitCodes.Success, exit);
        var question = output.Split('\n').Single(l => l.StartsWith("wmo.A,question,wmo.A.10,", StringComparison.Ordinal));
        Assert.Contains("\"wmo.A.I1, wmo.A.I3\"", question, StringComparison.Ordinal);
        Assert.Contains("# sections\nsection,title,phase,guidance,source\nwmo.A,", output, StringComparison.Ordinal);
        Assert.DoesNotContain("wmo.B.1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist_show_as_json_can_be_parsed()
    {
        var (exit, output, _) = Run("checklist", "show", "handboek", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(19, document.RootElement.GetProperty("sections").GetArrayLength());
    }

    [Fact]
    public void Checklist_show_of_an_unknown_id_lists_the_known_ones_and_exits_with_input_error()
    {
        var (exit, _, error) = Run("checklist", "show", "wmo.Z");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("wmo.A", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist_score_prints_scores_and_what_needs_attention()
    {
        var (exit, output, error) = Run("checklist", "score", AssessmentJsonTests.SamplePath("assessments", "wmo-wijksteunpunten-2025.json"));

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, error));
        Assert.Contains("wmo.A.I1", output, StringComparison.Ordinal);
        Assert.Contains("doesNotMeet", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^wmo\.A\.10 +wmo\.A +no ", output);
    }

    [Fact]
    public void Checklist_score_reports_every_problem_with_its_position()
    {
        var path = TempFile();
        try
        {
            File.WriteAllText(path, "{\n  \"formatVersion\": 1,\n  \"checklistId\": \"wmo\",\n  \"practice\": \"P\",\n  \"date\": \"2025-01-01\",\n  \"answers\": [ { \"questionId\": \"wmo.A.1\", \"value\": \"maybe\" } ]\n}");

            var (exit, _, error) = Run("checklist", "score", path);

            Assert.Equal(ExitCodes.InputError, exit);
            Assert.Contains("(6,", error, StringComparison.Ordinal);
            Assert.Contains("$.answers[0].value", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Checklist_score_of_a_missing_file_exits_with_input_error()
    {
        Assert.Equal(ExitCodes.InputError, Run("checklist", "score", TempFile()).Exit);
    }

    [Fact]
    public void Scan_prints_signals_levers_and_the_phase_of_a_model()
    {
        var path = TempFile();
        try
        {
            ModelJson.WriteFile(InstrumentModels.Base().Add(InstrumentModels.Programme("p1", Wijkaanpak.Core.Model.BudgetPurpose.Interventions)).Build(), path);

            var (exit, output, error) = Run("scan", path, "--lang", "nl", "--format", "csv");

            Assert.Equal((ExitCodes.Success, string.Empty), (exit, error));
            var signal = output.Split('\n').Single(l => l.StartsWith("no-communication-budget,B-GB-2,", StringComparison.Ordinal));
            Assert.Contains("L-GB-2b", signal, StringComparison.Ordinal);
            Assert.Contains("\nL-GP-4b,", output, StringComparison.Ordinal);
            Assert.Contains("# phase\nphase,phaseName,cycle,next,nextName\norienteren,Oriënteren,1,", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Scan_passes_validation_errors_to_the_gate_into_execution()
    {
        var path = TempFile();
        try
        {
            var model = InstrumentModels.Base()
                .Add(new Wijkaanpak.Core.Model.Opgave { Id = new("schulden"), Name = "Schulden", Family = Wijkaanpak.Core.Model.OpgaveFamily.MaatschappelijkProbleem, Urgency = new() { Type = Wijkaanpak.Core.Model.UrgencyType.Acuut, RecognisedBy = [new("gemeente")] } })
                .Add(InstrumentModels.Programme("p1", Wijkaanpak.Core.Model.BudgetPurpose.Communication))
                .ContributesTo("missie", "minder-armoede")
                .Build();
            ModelJson.WriteFile(model, path);

            var (_, output, _) = Run("scan", path, "--format", "csv");

            Assert.Contains("# phase\nphase,phaseName,cycle,next,nextName\nontwerpen,", output, StringComparison.Ordinal);
            Assert.Contains("# blockers\ncode,reason,source\nvalidation-errors,", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Scan_of_a_broken_model_exits_with_input_error()
    {
        var path = TempFile();
        try
        {
            File.WriteAllText(path, "{");

            Assert.Equal(ExitCodes.InputError, Run("scan", path).Exit);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
