using System.Text.RegularExpressions;
using Wijkaanpak.Core.Export;

namespace Wijkaanpak.Core.Tests.Export;

public partial class MermaidExporterTests
{
    [Fact]
    public void The_flowchart_declares_every_node_once_and_links_only_declared_nodes()
    {
        var model = ReportFixtures.Overvecht();

        var lines = MermaidExporter.TheoryOfChange(model).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("flowchart BT", lines[0]);
        var declared = lines.Select(l => Node().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        var links = lines.Select(l => Link().Match(l)).Where(m => m.Success).ToList();
        Assert.Equal(9, declared.Count);
        Assert.Equal(declared.Count, declared.Distinct().Count());
        Assert.Equal(model.TheoryOfChange.Edges.Count, links.Count);
        Assert.All(links, m => Assert.Contains(m.Groups[1].Value, declared));
        Assert.All(links, m => Assert.Contains(m.Groups[3].Value, declared));
    }

    [Fact]
    public void Every_line_is_a_node_a_link_or_a_class_statement()
    {
        var lines = MermaidExporter.TheoryOfChange(ReportFixtures.Hostile()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1);

        Assert.All(lines, l => Assert.True(Node().IsMatch(l) || Link().IsMatch(l) || Class().IsMatch(l), l));
    }

    [Fact]
    public void Labels_carry_no_quote_or_markup_character()
    {
        Assert.Equal("#lt;b#gt; #quot;x#quot; #35;1 #amp; #96;y#96; z", MermaidExporter.Label("<b> \"x\" #1 & `y`\nz"));
    }

    [Fact]
    public void Indirect_contributions_are_dotted_arrows_and_preconditions_dotted_lines()
    {
        var model = ReportFixtures.Overvecht();
        var edges = model.TheoryOfChange.Edges.Select((e, i) => i == 0 ? e with { Contribution = Wijkaanpak.Core.Model.ContributionType.Indirect } : e).ToArray();

        var text = MermaidExporter.TheoryOfChange(model with { TheoryOfChange = model.TheoryOfChange with { Edges = [.. edges] } });

        var arrows = text.Split('\n').Select(l => Link().Match(l)).Where(m => m.Success).Select(m => m.Groups[2].Value).ToList();
        Assert.Single(arrows, a => a == "-.->");
        Assert.Single(arrows, a => a == "-.-");
    }

    [Fact]
    public void The_stakeholder_graph_links_declared_parties_with_the_relation_kind()
    {
        var model = ReportFixtures.Hostile();

        var lines = MermaidExporter.StakeholderGraph(model).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("flowchart LR", lines[0]);
        Assert.Equal(model.Stakeholders.Count, lines.Count(l => Party().IsMatch(l)));
        Assert.Equal(model.Relations.Count, lines.Count(l => Relation().IsMatch(l)));
        Assert.Contains("    s2 -->|funding| s1", lines);
    }

    [GeneratedRegex("""^    s\d+\(\["[^"]*"\]\)$""")]
    private static partial Regex Party();

    [GeneratedRegex("""^    s\d+ (-->|---|-\.-)\|[a-z]+\| s\d+$""")]
    private static partial Regex Relation();

    [GeneratedRegex("""^    (n\d+)(?:\["[^"]*"\]|\(\["[^"]*"\]\)|\[/"[^"]*"/\])$""")]
    private static partial Regex Node();

    [GeneratedRegex("""^    (n\d+) (-->|-\.->|-\.-) (n\d+)$""")]
    private static partial Regex Link();

    [GeneratedRegex("""^    (classDef [a-z]+ fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},color:#[0-9a-f]{6}|class (n\d+,)*n\d+ [a-z]+)$""")]
    private static partial Regex Class();
}
