using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Draws the theory of change as a layered picture: the mission on top, then ambitions, goals,
/// sub-goals and outputs, the interventions below them and the preconditions and assumptions they
/// rest on at the bottom. Contributions are arrows (dashed when indirect); links to preconditions
/// and assumptions are dotted lines.
/// </summary>
internal static class TheoryOfChangeDiagram
{
    /// <summary>Pictures with more nodes than this are not drawn: they would be unreadable on a page.</summary>
    public const int MaximumNodes = 400;

    private const double NodeWidth = 150;
    private const int CharsPerLine = 21;

    /// <summary>The picture as inline SVG, or null when there is nothing to draw or too much.</summary>
    public static string? Draw(ChangeGraphView view, ReportText text)
    {
        if (view.Nodes.Count == 0 || view.Nodes.Count > MaximumNodes)
        {
            return null;
        }

        var settings = new LayeredLayoutSettings();
        var drawing = LayeredLayout.Compute(ToLayeredGraph(view), settings);
        var legend = Legend(view, text);
        var legendWidth = legend.Sum(l => 28 + (l.Label.Length * TextWrap.CharacterWidth));
        var width = Math.Max(drawing.Width, legendWidth + (2 * settings.Margin));
        var svg = new SvgWriter(width, drawing.Height + 28, text.Pick("Verandertheorie", "Theory of change"), "theory-of-change");
        svg.ArrowMarker("toc-arrow", "#555");
        for (var e = 0; e < view.Edges.Count; e++)
        {
            DrawEdge(svg, view.Edges[e], drawing.Routes[e], settings.NodeHeight);
        }

        for (var v = 0; v < view.Nodes.Count; v++)
        {
            DrawNode(svg, view.Nodes[v], drawing.Centres[v], settings.NodeHeight, text);
        }

        var x = settings.Margin;
        var y = drawing.Height + 6;
        foreach (var (label, style) in legend)
        {
            svg.Rect(x, y, 14, 14, style.Fill, style.Stroke, 3, style.Dash);
            svg.Text(x + 18, y + 11, label);
            x += 28 + (label.Length * TextWrap.CharacterWidth);
        }

        return svg.Finish();
    }

    /// <summary>
    /// The layout input: minimum ranks put preconditions and assumptions at 0, interventions at 1
    /// and goals above them by level; links to preconditions and assumptions point upwards from them.
    /// </summary>
    internal static LayeredGraph ToLayeredGraph(ChangeGraphView view)
    {
        var ranks = view.Nodes.Select(n => n.Kind switch
        {
            NodeKind.Goal => 2 + (int)(n.Level ?? GoalLevel.Goal),
            NodeKind.Intervention => 1,
            _ => 0,
        }).ToArray();
        var edges = view.Edges.Select(e => e.Kind == ChangeEdgeKind.ContributesTo ? new LayoutEdge(e.From, e.To) : new LayoutEdge(e.To, e.From)).ToArray();
        return new LayeredGraph(ranks, Enumerable.Repeat(NodeWidth, ranks.Length).ToArray(), edges);
    }

    private static void DrawEdge(SvgWriter svg, ChangeGraphEdge edge, EdgeRoute route, double nodeHeight)
    {
        if (route.Points.Length < 2)
        {
            return;
        }

        var points = (LayoutPoint[])route.Points.Clone();
        points[0] = Clip(points[0], points[1], nodeHeight);
        points[^1] = Clip(points[^1], points[^2], nodeHeight);
        if (edge.Kind == ChangeEdgeKind.ContributesTo)
        {
            var dash = edge.Contribution == ContributionType.Indirect ? "6 4" : null;
            svg.Polyline(points, "#555", 1.4, dash, "toc-arrow");
        }
        else
        {
            svg.Polyline(points, "#999", 1.2, "2 3");
        }
    }

    /// <summary>Moves a box centre to the middle of the box side that faces <paramref name="towards"/>.</summary>
    private static LayoutPoint Clip(LayoutPoint centre, LayoutPoint towards, double nodeHeight) =>
        centre with { Y = centre.Y + (towards.Y < centre.Y ? -nodeHeight / 2 : nodeHeight / 2) };

    private static void DrawNode(SvgWriter svg, ChangeGraphNode node, LayoutPoint centre, double nodeHeight, ReportText text)
    {
        var style = ChangeNodeStyle.Of(node.Kind, node.Level);
        var kindName = node.Level is { } level ? text.Name(level) : text.Name(node.Kind);
        svg.OpenGroup("node " + node.Kind.ToString().ToLowerInvariant(), node.Id.Value, $"{kindName}: {node.Label} [{node.Id.Value}]");
        svg.Rect(centre.X - (NodeWidth / 2), centre.Y - (nodeHeight / 2), NodeWidth, nodeHeight, style.Fill, style.Stroke, 6, style.Dash);
        var lines = TextWrap.Wrap(node.Label, CharsPerLine, 3);
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Text(centre.X, centre.Y + 4 + ((i - ((lines.Count - 1) / 2.0)) * 14), lines[i], "middle", style.Ink, size: 11);
        }

        svg.CloseGroup();
    }

    private static List<(string Label, ChangeNodeStyle Style)> Legend(ChangeGraphView view, ReportText text)
    {
        var goalLevels = view.Nodes.Where(n => n.Level is not null).Select(n => n.Level!.Value).Distinct().OrderDescending();
        var legend = goalLevels.Select(l => (text.Name(l), ChangeNodeStyle.Of(NodeKind.Goal, l))).ToList();
        foreach (var kind in new[] { NodeKind.Intervention, NodeKind.Precondition, NodeKind.Assumption })
        {
            if (view.Nodes.Any(n => n.Kind == kind))
            {
                legend.Add((text.Name(kind), ChangeNodeStyle.Of(kind, null)));
            }
        }

        return legend;
    }
}
