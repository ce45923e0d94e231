using System.Text;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Writes the theory of change (*verandertheorie*) and the stakeholder network
/// (*netwerk van belanghebbenden*) in Graphviz DOT, for drawing large graphs with <c>dot</c> or
/// <c>sfdp</c> or importing them into tools such as Gephi. Every id and label is quoted and
/// escaped; the same model always gives the same text.
/// </summary>
public static class DotExporter
{
    /// <summary>
    /// The theory of change of <paramref name="model"/> as a DOT digraph: goals on top
    /// (<c>rankdir=BT</c>), goals of one level on one rank, contributions as arrows (dashed when
    /// indirect), links to preconditions and assumptions dotted without arrow heads.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <returns>The DOT text, ending in a newline.</returns>
    public static string TheoryOfChange(WijkaanpakModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var view = ChangeGraphView.Of(model.TheoryOfChange);
        var builder = new StringBuilder();
        builder.Append("digraph ").Append(Quote(model.TheoryOfChange.Name ?? model.Name)).Append(" {\n");
        builder.Append("    rankdir=BT;\n");
        builder.Append("    node [shape=box, style=\"rounded,filled\", fontname=\"sans-serif\"];\n");
        foreach (var node in view.Nodes)
        {
            var style = ChangeNodeStyle.Of(node.Kind, node.Level);
            builder.Append("    ").Append(Quote(node.Id.Value)).Append(" [label=").Append(Quote(node.Label))
                .Append(", fillcolor=").Append(Quote(style.Fill)).Append(", color=").Append(Quote(style.Stroke))
                .Append(", fontcolor=").Append(Quote(style.Ink));
            if (style.Dash is not null)
            {
                builder.Append(", style=\"rounded,filled,dashed\"");
            }

            builder.Append("];\n");
        }

        foreach (var level in view.Nodes.Where(n => n.Level is not null).GroupBy(n => n.Level!.Value).OrderByDescending(g => g.Key))
        {
            builder.Append("    { rank=same; ").Append(string.Join("; ", level.Select(n => Quote(n.Id.Value)))).Append("; }\n");
        }

        foreach (var edge in view.Edges)
        {
            builder.Append("    ").Append(Quote(view.Nodes[edge.From].Id.Value)).Append(" -> ").Append(Quote(view.Nodes[edge.To].Id.Value));
            if (edge.Kind != ChangeEdgeKind.ContributesTo)
            {
                builder.Append(" [style=dotted, arrowhead=none]");
            }
            else if (edge.Contribution == ContributionType.Indirect)
            {
                builder.Append(" [style=dashed]");
            }

            builder.Append(";\n");
        }

        return builder.Append("}\n").ToString();
    }

    /// <summary>
    /// The stakeholder network of <paramref name="model"/> as a DOT digraph: one node per
    /// stakeholder (alliance members with a bold border), one edge per relation labelled and
    /// coloured by kind, with a pen width following its weight; collaboration and conflict have no
    /// arrow heads.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <returns>The DOT text, ending in a newline.</returns>
    public static string StakeholderGraph(WijkaanpakModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var stakeholders = model.Stakeholders.DistinctBy(s => s.Id).OrderBy(s => s.Id).ToList();
        var known = stakeholders.Select(s => s.Id).ToHashSet();
        var members = (model.Alliantie?.Members ?? default).Where(m => m.Left is null).Select(m => m.StakeholderId).ToHashSet();
        var builder = new StringBuilder();
        builder.Append("digraph ").Append(Quote(model.Name)).Append(" {\n");
        builder.Append("    node [shape=ellipse, style=filled, fontname=\"sans-serif\", fontcolor=\"#ffffff\"];\n");
        foreach (var stakeholder in stakeholders)
        {
            builder.Append("    ").Append(Quote(stakeholder.Id.Value)).Append(" [label=").Append(Quote(stakeholder.Name))
                .Append(", fillcolor=").Append(Quote(StakeholderDiagram.FillOf(stakeholder.Type)))
                .Append(", type=").Append(Quote(stakeholder.Type.ToString()));
            if (members.Contains(stakeholder.Id))
            {
                builder.Append(", penwidth=3");
            }

            builder.Append("];\n");
        }

        foreach (var relation in model.Relations.Where(r => known.Contains(r.From) && known.Contains(r.To))
                     .OrderBy(r => r.From).ThenBy(r => r.To).ThenBy(r => r.Kind))
        {
            builder.Append("    ").Append(Quote(relation.From.Value)).Append(" -> ").Append(Quote(relation.To.Value))
                .Append(" [label=").Append(Quote(relation.Kind.ToString().ToLowerInvariant()))
                .Append(", color=").Append(Quote(StakeholderDiagram.ColourOf(relation.Kind)))
                .Append(", penwidth=").Append(SvgWriter.Number(Math.Clamp(relation.Weight, 0.5, 4)));
            if (!StakeholderDiagram.IsDirected(relation.Kind))
            {
                builder.Append(", dir=none");
            }

            if (relation.Kind == RelationKind.Conflict)
            {
                builder.Append(", style=dashed");
            }

            builder.Append("];\n");
        }

        return builder.Append("}\n").ToString();
    }

    /// <summary>A DOT double-quoted string: quotes and backslashes escaped, line breaks as <c>\n</c>, other control characters dropped.</summary>
    internal static string Quote(string? text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text ?? string.Empty)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                < ' ' => builder,
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
