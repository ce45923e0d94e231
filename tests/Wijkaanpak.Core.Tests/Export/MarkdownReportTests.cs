using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Tests.Export;

public class MarkdownReportTests
{
    [Fact]
    public void The_markdown_report_has_every_section_as_a_second_level_heading()
    {
        var markdown = Report.ToMarkdown(ReportFixtures.Overvecht(), ReportFixtures.WithInputs(Language.English));

        var headings = markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();

        Assert.Equal(["## Summary", "## Theory of change", "## Indicators", "## Areas side by side", "## Alliance and network", "## Model diagnostics", "## Checklist scores"], headings);
    }

    [Fact]
    public void The_theory_of_change_and_the_network_are_mermaid_blocks()
    {
        var markdown = Report.ToMarkdown(ReportFixtures.Overvecht());

        Assert.Equal(2, markdown.Split('\n').Count(l => l == "```mermaid"));
        Assert.DoesNotContain("<svg", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_row_has_as_many_cells_as_its_header_even_with_hostile_names()
    {
        var markdown = Report.ToMarkdown(ReportFixtures.Hostile(), ReportFixtures.WithInputs());

        var tables = markdown.Split("\n\n").Where(b => b.StartsWith('|')).ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, table =>
        {
            var cells = table.Split('\n').Select(CountCells).ToList();
            Assert.All(cells, c => Assert.Equal(cells[0], c));
        });
    }

    [Fact]
    public void Hostile_text_is_escaped()
    {
        Assert.Equal("&lt;script&gt; \\*x\\* \\| \\[a\\](http://e) \\# y", MarkdownReportRenderer.Escape("<script> *x* | [a](http://e) # y"));
    }

    [Fact]
    public void The_same_model_gives_the_same_markdown()
    {
        Assert.Equal(Report.ToMarkdown(ReportFixtures.Overvecht()), Report.ToMarkdown(ReportFixtures.Overvecht()));
    }

    private static int CountCells(string row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
