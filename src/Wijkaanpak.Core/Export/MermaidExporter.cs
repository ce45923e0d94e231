using System.Text;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Writes the theory of change (*verandertheorie*) as a Mermaid flowchart, the diagram language
/// that GitHub, GitLab and many wikis draw from a code block. Goals are on top and interventions
/// below (<c>flowchart BT</c>); contributions are arrows (dotted when indirect), links to
/// preconditions and assumptions dotted lines. Nodes are numbered <c>n0</c>, <c>n1</c>, … so no id
/// can break the syntax; labels are escaped. The same model always gives the same text.
/// </summary>
public static class MermaidExporter
{
    /// <summary>The theory of change of <paramref name="model"/> as a Mermaid flowchart.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The flowchart text, ending in a newline.</returns>
    public static string TheoryOfChange(WijkaanpakModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Render(ChangeGraphView.Of(model.TheoryOfChange));
    }

    /// <summary>The flowchart of a numbered theory of change.</summary>
    internal static string Render(ChangeGraphView view)
    {
        var builder = new StringBuilder("flowchart BT\n");
        for (var v = 0; v < view.Nodes.Count; v++)
        {
            var node = view.Nodes[v];
            var (open, close) = node.Kind switch
            {
                NodeKind.Intervention => ("([\"", "\"])"),
                NodeKind.Precondition or NodeKind.Assumption => ("[/\"", "\"/]"),
                _ => ("[\"", "\"]"),
            };
            builder.Append("    n").Append(v).Append(open).Append(Label(node.Label)).Append(close).Append('\n');
        }

        foreach (var edge in view.Edges)
        {
            var arrow = edge.Kind != ChangeEdgeKind.ContributesTo ? "-.-" : edge.Contribution == ContributionType.Indirect ? "-.->" : "-->";
            builder.Append("    n").Append(edge.From).Append(' ').Append(arrow).Append(" n").Append(edge.To).Append('\n');
        }

        var classes = view.Nodes.Select((node, v) => (Class: ClassOf(node), Vertex: v)).GroupBy(p => p.Class).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in classes)
        {
            var first = view.Nodes[group.First().Vertex];
            var style = ChangeNodeStyle.Of(first.Kind, first.Level);
            builder.Append("    classDef ").Append(group.Key).Append(" fill:").Append(style.Fill).Append(",stroke:").Append(style.Stroke)
                .Append(",color:").Append(style.Ink).Append('\n');
            builder.Append("    class ").Append(string.Join(',', group.Select(p => "n" + p.Vertex))).Append(' ').Append(group.Key).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The stakeholder network (*netwerk van belanghebbenden*) of <paramref name="model"/> as a
    /// Mermaid flowchart: one rounded node per stakeholder (<c>s0</c>, <c>s1</c>, … in ordinal id
    /// order), one link per relation labelled with its kind; funding, mandate and information are
    /// arrows, collaboration a line, conflict a dotted line.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <returns>The flowchart text, ending in a newline, the links labelled in English.</returns>
    public static string StakeholderGraph(WijkaanpakModel model) => StakeholderGraph(model, Language.English);

    /// <summary>The stakeholder network as <see cref="StakeholderGraph(WijkaanpakModel)"/> draws it, the links labelled in <paramref name="language"/> (<c>samenwerking</c>, <c>financiering</c>, …).</summary>
    /// <param name="model">The model.</param>
    /// <param name="language">The language of the link labels.</param>
    /// <returns>The flowchart text, ending in a newline.</returns>
    public static string StakeholderGraph(WijkaanpakModel model, Language language)
    {
        ArgumentNullException.ThrowIfNull(model);
        var stakeholders = model.Stakeholders.DistinctBy(s => s.Id).OrderBy(s => s.Id).ToList();

        var number = stakeholders.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var builder = new StringBuilder("flowchart LR\n");
        for (var v = 0; v < stakeholders.Count; v++)
        {
            builder.Append("    s").Append(v).Append("([\"").Append(Label(stakeholders[v].Name)).Append("\"])\n");
        }

        foreach (var relation in model.Relations.Where(r => number.ContainsKey(r.From) && number.ContainsKey(r.To))
                     .OrderBy(r => r.From).ThenBy(r => r.To).ThenBy(r => r.Kind))
        {
            var arrow = StakeholderDiagram.IsDirected(relation.Kind) ? "-->" : relation.Kind == RelationKind.Conflict ? "-.-" : "---";
            builder.Append("    s").Append(number[relation.From]).Append(' ').Append(arrow).Append('|').Append(DisplayNames.Of(relation.Kind, language))
                .Append("| s").Append(number[relation.To]).Append('\n');
        }

        return builder.ToString();
    }

    private static string ClassOf(ChangeGraphNode node) =>
        (node.Level is { } level ? level.ToString() : node.Kind.ToString()).ToLowerInvariant();

    /// <summary>A label safe inside Mermaid's double quotes: markup characters and <c>%</c> (so no <c>%%{…}%%</c> directive) become Mermaid entity codes, line breaks spaces.</summary>
    internal static string Label(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in text ?? string.Empty)
        {
            _ = c switch
            {
                '"' => builder.Append("#quot;"),
                '#' => builder.Append("#35;"),
                '&' => builder.Append("#amp;"),
                '<' => builder.Append("#lt;"),
                '>' => builder.Append("#gt;"),
                '`' => builder.Append("#96;"),
                '%' => builder.Append("#37;"),
                '\r' or '\n' or '\t' => builder.Append(' '),
                < ' ' => builder,
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
