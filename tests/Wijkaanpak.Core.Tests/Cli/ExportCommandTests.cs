using Wijkaanpak.Cli;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Export;

namespace Wijkaanpak.Core.Tests.Cli;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wijkaanpak-export-cli-").FullName;
    private readonly string _model;

    public ExportCommandTests()
    {
        _model = Path.Combine(_folder, "model.json");
        ModelJson.WriteFile(ReportFixtures.Overvecht(), _model);
    }

    [Fact]
    public void Export_to_dot_prints_the_theory_of_change()
    {
        var (exit, output, _) = Run("export", _model, "--to", "dot");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(DotExporter.TheoryOfChange(ModelJson.ReadFile(_model)), output);
    }

    [Fact]
    public void Export_to_mermaid_of_the_network_writes_a_file()
    {
        var target = Path.Combine(_folder, "netwerk.mmd");

        var (exit, output, _) = Run("export", _model, "--to", "mermaid", "--graph", "network", "-o", target);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(MermaidExporter.StakeholderGraph(ModelJson.ReadFile(_model)), File.ReadAllText(target));
    }

    [Fact]
    public void Export_refuses_an_unknown_target_language()
    {
        var (exit, _, error) = Run("export", _model, "--to", "png");

        Assert.NotEqual(ExitCodes.Success, exit);
        Assert.Contains("png", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = WijkaanpakCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
