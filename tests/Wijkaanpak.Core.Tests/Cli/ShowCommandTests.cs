using Wijkaanpak.Cli;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Serialization;

namespace Wijkaanpak.Core.Tests.Cli;

public class ShowCommandTests
{
    [Fact]
    public void Show_prints_the_summary_of_a_model_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"wijkaanpak-show-{Guid.NewGuid():N}.json");
        try
        {
            ModelJson.WriteFile(ModelJsonTests.SmallModel(), path);
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = WijkaanpakCli.Run(["show", path], output, error);

            Assert.Equal(ExitCodes.Success, exit);
            Assert.Contains("Samen voor de Wijk", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("interventions", output.ToString(), StringComparison.Ordinal);
            Assert.Equal(string.Empty, error.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Show_reports_every_problem_of_a_broken_file_with_its_position_and_exits_with_input_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"wijkaanpak-show-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, "{\n  \"formatVersion\": 1,\n  \"name\": \"M\",\n  \"theoryOfChange\": {},\n  \"areas\": [ { \"id\": \"w\", \"name\": \"W\", \"level\": \"wijk\", \"parentId\": \"x\" } ]\n}\n");
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = WijkaanpakCli.Run(["show", path], output, error);

            Assert.Equal(ExitCodes.InputError, exit);
            Assert.Contains("(5,57): $.areas[0].parentId: No area has id 'x'.", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Show_reports_a_missing_file_and_exits_with_input_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = WijkaanpakCli.Run(["show", Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.json")], output, error);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.NotEqual(string.Empty, error.ToString());
    }
}
