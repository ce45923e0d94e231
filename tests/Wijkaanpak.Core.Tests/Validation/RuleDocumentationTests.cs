using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Validation;

public class RuleDocumentationTests
{
    [Fact]
    public void Docs_rules_md_matches_the_descriptors()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "rules.md");
        var expected = RuleDocumentation.Markdown(Validator.BuiltInRules);
        if (Environment.GetEnvironmentVariable("WIJKAANPAK_UPDATE_DOCS") == "1")
        {
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, expected);
            File.Move(temporary, path, overwrite: true);
        }

        Assert.True(File.Exists(path), "docs/rules.md is missing; run the tests with WIJKAANPAK_UPDATE_DOCS=1.");
        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void The_generated_page_has_a_section_per_rule_with_its_source()
    {
        var markdown = RuleDocumentation.Markdown(Validator.BuiltInRules);

        Assert.All(Validator.BuiltInRules, rule =>
        {
            Assert.Contains($"\n## {rule.Code}\n", markdown, StringComparison.Ordinal);
            Assert.Contains($"- **Bron / Source:** {rule.Source}\n", markdown, StringComparison.Ordinal);
        });
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Wijkaanpak.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with Wijkaanpak.Core.sln) was not found above the test binaries.");
    }
}
