using System.Text.RegularExpressions;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Export;

public partial class DotExporterTests
{
    [Fact]
    public void The_theory_of_change_has_one_node_statement_per_node_and_one_edge_statement_per_edge()
    {
        var model = ReportFixtures.Overvecht();

        var statements = Statements(DotExporter.TheoryOfChange(model));

        var nodes = statements.Where(s => NodeStatement().IsMatch(s)).Select(s => NodeStatement().Match(s).Groups[1].Value).ToList();
        var edges = statements.Where(s => EdgeStatement().IsMatch(s)).ToList();
        Assert.Equal(9, nodes.Count);
        Assert.Equal(nodes.Count, nodes.Distinct().Count());
        Assert.Equal(model.TheoryOfChange.Edges.Count, edges.Count);
    }

    [Fact]
    public void Every_edge_joins_declared_nodes()
    {
        foreach (var dot in new[] { DotExporter.TheoryOfChange(ReportFixtures.Hostile()), DotExporter.StakeholderGraph(ReportFixtures.Hostile()) })
        {
            var statements = Statements(dot);
            var declared = statements.Select(s => NodeStatement().Match(s)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
            var ends = statements.Select(s => EdgeStatement().Match(s)).Where(m => m.Success).SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value });

            Assert.All(ends, end => Assert.Contains(end, declared));
        }
    }

    [Fact]
    public void Hostile_names_stay_inside_their_quotes()
    {
        var dot = DotExporter.TheoryOfChange(ReportFixtures.Hostile());

        Assert.Equal(1, dot.Count(c => c == '{') - Statements(dot).Count(s => s.Contains("rank=same", StringComparison.Ordinal)));
        Assert.DoesNotContain('\u0001', dot);
        Assert.Contains("\\\"Kansrijk opgroeien en wonen\\\"", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoting_escapes_quotes_backslashes_and_line_breaks()
    {
        Assert.Equal("\"a\\\"b\\\\c\\nd\"", DotExporter.Quote("a\"b\\c\nd"));
    }

    [Fact]
    public void Goals_of_one_level_share_a_rank()
    {
        var dot = DotExporter.TheoryOfChange(ReportFixtures.Overvecht());

        Assert.Contains("{ rank=same; \"g-missie\"; }", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stakeholder_graph_has_every_relation_with_its_kind()
    {
        var model = ReportFixtures.Overvecht();

        var dot = DotExporter.StakeholderGraph(model);

        Assert.Contains("\"gemeente\" -> \"buurtteam\" [label=\"funding\", color=\"#2e7d32\", penwidth=3];", dot, StringComparison.Ordinal);
        Assert.Contains("\"portaal\" -> \"bewoners\" [label=\"conflict\", color=\"#c62828\", penwidth=1, dir=none, style=dashed];", dot, StringComparison.Ordinal);
        Assert.Equal(model.Relations.Count, Statements(dot).Count(s => EdgeStatement().IsMatch(s)));
    }

    [Fact]
    public void The_export_is_deterministic_whatever_the_order_of_the_model_lists()
    {
        var model = ReportFixtures.Overvecht();
        var reordered = model with { TheoryOfChange = model.TheoryOfChange with { Edges = model.TheoryOfChange.Edges.Reverse().ToEquatableArray() } };

        Assert.Equal(DotExporter.TheoryOfChange(model), DotExporter.TheoryOfChange(reordered));
    }

    /// <summary>The statements of a DOT text: split at semicolons and line ends outside quoted strings, which must all be closed.</summary>
    private static List<string> Statements(string dot)
    {
        var statements = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < dot.Length; i++)
        {
            var c = dot[i];
            if (quoted && c == '\\')
            {
                current.Append(c).Append(dot[++i]);
                continue;
            }

            quoted ^= c == '"';
            if (!quoted && c is ';' or '\n')
            {
                statements.Add(current.ToString().Trim());
                current.Clear();
                continue;
            }

            Assert.False(quoted && c is '\n' or '\r', "A quoted DOT string spans a line break.");
            current.Append(c);
        }

        Assert.False(quoted, "A DOT string is not closed.");
        return statements.Where(s => s.Length > 0).ToList();
    }

    [GeneratedRegex("""^("(?:[^"\\]|\\.)*") \[label=""")]
    private static partial Regex NodeStatement();

    [GeneratedRegex("""^("(?:[^"\\]|\\.)*") -> ("(?:[^"\\]|\\.)*")""")]
    private static partial Regex EdgeStatement();
}
