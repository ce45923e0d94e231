namespace Wijkaanpak.Core.Tests.Cli;

public class CompletionTests
{
    [Fact]
    public void The_suggest_directive_offers_the_lower_case_profiles()
    {
        var (exit, output, _) = CliRunner.Run("[suggest:26]", "validate x.json --profile ");

        Assert.Equal(0, exit);
        Assert.Equal(["default", "nplv", "strict"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void The_suggest_directive_offers_the_options_of_a_command()
    {
        var (_, output, _) = CliRunner.Run("[suggest:16]", "validate x.json ");

        Assert.Contains("--as-of", output, StringComparison.Ordinal);
        Assert.Contains("--lang", output, StringComparison.Ordinal);
        Assert.DoesNotContain("--today", output, StringComparison.Ordinal);
    }
}
