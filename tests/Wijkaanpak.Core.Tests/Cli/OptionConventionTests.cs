using System.CommandLine;
using Wijkaanpak.Cli;

namespace Wijkaanpak.Core.Tests.Cli;

public sealed class OptionConventionTests : IDisposable
{
    private readonly ModelFileFolder _files = new("wijkaanpak-options-");

    public void Dispose() => _files.Dispose();

    private string ModelPath() => _files.ModelPath;

    private static IEnumerable<Command> Leaves(Command command) =>
        command.Subcommands.Count == 0 ? [command] : command.Subcommands.SelectMany(Leaves);

    private static RootCommand Root() => WijkaanpakCli.CreateRootCommand(CliRunner.Environment());

    [Fact]
    public void Every_command_accepts_lang()
    {
        var root = Root();

        foreach (var command in Leaves(root))
        {
            var path = string.Join(' ', command.Parents.OfType<Command>().Where(p => p is not RootCommand).Select(p => p.Name).Append(command.Name));
            var parse = root.Parse($"{path} --lang nl");
            Assert.DoesNotContain(parse.Errors, e => e.Message.Contains("--lang", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("rollup")]
    [InlineData("report")]
    [InlineData("scan")]
    public void Every_date_dependent_command_has_as_of_and_no_other_visible_date_option(string name)
    {
        var command = Root().Subcommands.Single(c => c.Name == name);

        Assert.Contains(command.Options, o => o.Name == "--as-of" && !o.Hidden);
        Assert.DoesNotContain(command.Options, o => o.Name is "--today" or "--at" && !o.Hidden);
    }

    [Fact]
    public void Every_visible_option_value_in_help_is_lower_case()
    {
        foreach (var command in Leaves(Root()))
        {
            foreach (var option in command.Options.Where(o => !o.Hidden && o.HelpName is not null && o.HelpName.Contains('|', StringComparison.Ordinal)))
            {
                Assert.Equal(option.HelpName!.ToLowerInvariant(), option.HelpName);
            }
        }
    }

    [Theory]
    [InlineData("strict")]
    [InlineData("Strict")]
    public void Profile_takes_the_lower_case_name_and_still_the_former_one(string profile)
    {
        var (exit, output, _) = CliRunner.Run("validate", ModelPath(), "--profile", profile, "--format", "json", "--as-of", "2025-01-01");
        var (_, plain, _) = CliRunner.Run("validate", ModelPath(), "--format", "json", "--as-of", "2025-01-01");

        Assert.Equal(ExitCodes.Findings, exit);
        Assert.DoesNotContain("\"severity\": \"warning\"", output, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"warning\"", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_profile_is_an_input_error_listing_the_profiles()
    {
        var (exit, _, error) = CliRunner.Run("validate", ModelPath(), "--profile", "lenient");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("choose default, nplv or strict", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "--today")]
    [InlineData("rollup", "--at")]
    public void A_former_date_option_still_works_and_gives_what_as_of_gives(string command, string former)
    {
        var (_, viaFormer, _) = CliRunner.Run(command, ModelPath(), former, "2030-01-01", "--format", "json");
        var (_, viaAsOf, _) = CliRunner.Run(command, ModelPath(), "--as-of", "2030-01-01", "--format", "json");
        var (_, today, _) = CliRunner.Run(command, ModelPath(), "--format", "json");

        Assert.Equal(viaAsOf, viaFormer);
        Assert.NotEqual(today, viaAsOf);
    }

    [Fact]
    public void Without_as_of_every_command_uses_today_of_the_environment()
    {
        var environment = CliRunner.Environment(new NodaTime.LocalDate(2031, 3, 1));

        var (_, implicitDate, _) = CliRunner.Run(environment, "validate", ModelPath(), "--format", "json");
        var (_, explicitDate, _) = CliRunner.Run("validate", ModelPath(), "--format", "json", "--as-of", "2031-03-01");
        var (_, rollup, _) = CliRunner.Run(environment, "rollup", ModelPath(), "--format", "md");

        Assert.Equal(explicitDate, implicitDate);
        Assert.Contains("2031-03-01", rollup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("scan")]
    [InlineData("rollup")]
    [InlineData("network")]
    public void Every_result_command_writes_text_json_csv_and_md(string command)
    {
        foreach (var format in (string[])["text", "json", "csv", "md"])
        {
            var (exit, output, error) = CliRunner.Run(command, ModelPath(), "--format", format);

            Assert.True(exit == ExitCodes.Success, error);
            Assert.NotEmpty(output);
            switch (format)
            {
                case "json":
                    using (var document = System.Text.Json.JsonDocument.Parse(output))
                    {
                        Assert.True(document.RootElement.GetProperty("tables").GetArrayLength() > 0);
                    }

                    break;
                case "csv":
                    Assert.Contains("\n# ", "\n" + output, StringComparison.Ordinal);
                    break;
                case "md":
                    Assert.Contains("|---", output, StringComparison.Ordinal);
                    break;
            }
        }
    }

    [Fact]
    public void Text_on_a_terminal_has_colours_and_redirected_or_with_no_color_it_has_none()
    {
        var terminal = CliRunner.Environment() with { OutputIsTerminal = true, TerminalWidth = 160 };

        var (_, coloured, _) = CliRunner.Run(terminal, "show", ModelPath());
        var (_, noColor, _) = CliRunner.Run(terminal with { NoColor = true }, "show", ModelPath());
        var (_, redirected, _) = CliRunner.Run("show", ModelPath());

        Assert.Contains("\u001b[", coloured, StringComparison.Ordinal);
        Assert.Contains("╭", coloured, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", noColor, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", redirected, StringComparison.Ordinal);
        Assert.Equal(redirected, noColor);
    }

    [Theory]
    [InlineData("nl_NL.UTF-8", "LANG")]
    [InlineData("nl_BE.UTF-8", "LC_ALL")]
    [InlineData("nl", "LC_MESSAGES")]
    public void The_language_setting_comes_from_the_posix_variables(string value, string variable)
    {
        var setting = CliEnvironment.LanguageSetting(name => name == variable ? value : name == "LANG" ? "C.UTF-8" : null);

        Assert.Equal(value, setting);
    }
}
