using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Draws the theory of change as layered pictures: one row per goal level (mission on top, then
/// ambitions, goals, sub-goals and outputs), the interventions below them, and every precondition
/// and assumption beside the first node that rests on it. Contributions are arrows (dashed when
/// indirect); links to preconditions and assumptions are dotted lines. Labels are wrapped in full
/// (names up to 120 characters are never shortened) at 15 px in a picture at most
/// <see cref="MaximumWidth"/> wide, so that printed on the 680 px column of an A4 page the text
/// is still 13 px or more. A theory too wide for that is drawn as one picture per ambition.
/// </summary>
internal static class TheoryOfChangeDiagram
{
    /// <summary>Pictures with more nodes than this are not drawn: they would be unreadable on a page.</summary>
    public const int MaximumNodes = 400;

    /// <summary>The widest picture: printed on an A4 column of 680 CSS px, 15 px text shrinks to 13 px.</summary>
    public const double MaximumWidth = 780;

    /// <summary>How many rows more than it has ranks a theory may need before it is drawn per ambition instead.</summary>
    private const int ExtraRowsBeforeSplitting = 3;

    private const double FontSize = 15;
    private const double NodeWidth = 160;
    private const int CharsPerLine = 16;
    private const int MaximumLines = 10;
    private const double LineHeight = 19;
    private const double Padding = 9;
    private const double CharacterWidth = 8.6;

    /// <summary>The pictures, or an empty list when there is nothing to draw or too much.</summary>
    public static IReadOnlyList<TheoryOfChangePicture> Draw(ChangeGraphView view, ReportText text)
    {
        if (view.Nodes.Count == 0 || view.Nodes.Count > MaximumNodes)
        {
            return [];
        }

        return Parts(null, view, 0).Select(p => Picture(p.Root, p.View, text)).ToList();
    }

    /// <summary>
    /// The view as one part when it fits the page with few extra rows, else cut per ambition (or
    /// goal) and every part that is still too wide cut once more.
    /// </summary>
    private static IEnumerable<(ChangeGraphNode? Root, ChangeGraphView View)> Parts(ChangeGraphNode? root, ChangeGraphView view, int depth)
    {
        var graph = ToLayeredGraph(view);
        var ranks = graph.MinimumRank.Distinct().Count();
        var drawing = LayeredLayout.Compute(graph, Settings(MaximumWidth));
        var parts = drawing.Width <= MaximumWidth && drawing.LayerCount <= ranks + ExtraRowsBeforeSplitting || depth == 2
            ? []
            : TheoryOfChangeParts.Split(view);
        return parts.Count <= 1
            ? [(root, view)]
            : parts.SelectMany(p => Parts(p.Root ?? root, p.View, depth + 1));
    }

    /// <summary>The layout settings: rows split at <paramref name="maximumWidth"/> when given.</summary>
    internal static LayeredLayoutSettings Settings(double? maximumWidth) =>
        new() { NodeGap = 18, LayerGap = 48, MaximumWidth = maximumWidth };

    /// <summary>
    /// The layout input: ranks put interventions at 1 and goals above them by level; preconditions
    /// and assumptions are attached to the first goal or intervention that rests on them (rank 0
    /// when none does); box heights follow the wrapped labels.
    /// </summary>
    internal static LayeredGraph ToLayeredGraph(ChangeGraphView view)
    {
        var ranks = view.Nodes.Select(n => n.Kind switch
        {
            NodeKind.Goal => 2 + (int)(n.Level ?? GoalLevel.Goal),
            NodeKind.Intervention => 1,
            _ => 0,
        }).ToArray();
        var hosts = Enumerable.Repeat(-1, view.Nodes.Count).ToArray();
        foreach (var edge in view.Edges.Where(e => e.Kind != ChangeEdgeKind.ContributesTo))
        {
            if (hosts[edge.To] < 0 && view.Nodes[edge.From].Kind is NodeKind.Goal or NodeKind.Intervention && view.Nodes[edge.To].Kind is NodeKind.Precondition or NodeKind.Assumption)
            {
                hosts[edge.To] = edge.From;
            }
        }

        var edges = view.Edges.Select(e => e.Kind == ChangeEdgeKind.ContributesTo ? new LayoutEdge(e.From, e.To) : new LayoutEdge(e.To, e.From)).ToArray();
        var heights = view.Nodes.Select(n => BoxHeight(Lines(n.Label).Count)).ToArray();
        return new LayeredGraph(ranks, Enumerable.Repeat(NodeWidth, ranks.Length).ToArray(), edges) { Heights = heights, Hosts = hosts };
    }

    private static TheoryOfChangePicture Picture(ChangeGraphNode? root, ChangeGraphView view, ReportText text)
    {
        var settings = Settings(MaximumWidth);
        var graph = ToLayeredGraph(view);
        var drawing = LayeredLayout.Compute(graph, settings);
        var legend = LegendRows(Legend(view, text), Math.Max(drawing.Width, MaximumWidth / 2) - (2 * settings.Margin));
        var width = Math.Max(drawing.Width, legend.Max(r => r.Sum(l => l.Width)) + (2 * settings.Margin));
        var title = root is null ? text.Pick("Verandertheorie", "Theory of change") : text.Pick("Verandertheorie: ", "Theory of change: ") + root.Label;
        var svg = new SvgWriter(width, drawing.Height + (legend.Count * 24) + 8, title, "theory-of-change");
        svg.ArrowMarker("toc-arrow", "#555");
        for (var e = 0; e < view.Edges.Count; e++)
        {
            DrawEdge(svg, view.Edges[e], drawing.Routes[e], graph.Heights![view.Edges[e].From], graph.Heights[view.Edges[e].To]);
        }

        for (var v = 0; v < view.Nodes.Count; v++)
        {
            DrawNode(svg, view.Nodes[v], drawing.Centres[v], graph.Heights![v], text);
        }

        var y = drawing.Height;
        foreach (var row in legend)
        {
            var x = settings.Margin;
            foreach (var (label, style, entryWidth) in row)
            {
                svg.Rect(x, y, 16, 16, style.Fill, style.Stroke, 3, style.Dash);
                svg.Text(x + 22, y + 13, label, size: FontSize);
                x += entryWidth;
            }

            y += 24;
        }

        return new TheoryOfChangePicture(root, view, svg.Finish(), drawing.Crossings);
    }

    private static IReadOnlyList<string> Lines(string label) => TextWrap.Wrap(label, CharsPerLine, MaximumLines);

    private static double BoxHeight(int lines) => (2 * Padding) + (Math.Max(1, lines) * LineHeight);

    private static void DrawEdge(SvgWriter svg, ChangeGraphEdge edge, EdgeRoute route, double fromHeight, double toHeight)
    {
        if (route.Points.Length < 2)
        {
            return;
        }

        // Routes run from the lower to the upper end; the layout edge of a precondition link points from the precondition.
        var (startHeight, endHeight) = edge.Kind == ChangeEdgeKind.ContributesTo ? (fromHeight, toHeight) : (toHeight, fromHeight);
        var points = (LayoutPoint[])route.Points.Clone();
        points[0] = Clip(points[0], points[1], startHeight);
        points[^1] = Clip(points[^1], points[^2], endHeight);
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
    private static LayoutPoint Clip(LayoutPoint centre, LayoutPoint towards, double height) =>
        Math.Abs(towards.Y - centre.Y) < 1
            ? centre with { X = centre.X + (towards.X < centre.X ? -NodeWidth / 2 : NodeWidth / 2) }
            : centre with { Y = centre.Y + (towards.Y < centre.Y ? -height / 2 : height / 2) };

    private static void DrawNode(SvgWriter svg, ChangeGraphNode node, LayoutPoint centre, double height, ReportText text)
    {
        var style = ChangeNodeStyle.Of(node.Kind, node.Level);
        var kindName = node.Level is { } level ? text.Name(level) : text.Name(node.Kind);
        svg.OpenGroup("node " + node.Kind.ToString().ToLowerInvariant(), node.Id.Value, $"{kindName}: {node.Label} [{node.Id.Value}]");
        svg.Rect(centre.X - (NodeWidth / 2), centre.Y - (height / 2), NodeWidth, height, style.Fill, style.Stroke, 6, style.Dash);
        var lines = Lines(node.Label);
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Text(centre.X, centre.Y + 5 + ((i - ((lines.Count - 1) / 2.0)) * LineHeight), lines[i], "middle", style.Ink, size: FontSize);
        }

        svg.CloseGroup();
    }

    private static List<List<(string Label, ChangeNodeStyle Style, double Width)>> LegendRows(List<(string Label, ChangeNodeStyle Style)> legend, double available)
    {
        var rows = new List<List<(string, ChangeNodeStyle, double)>> { new() };
        double used = 0;
        foreach (var (label, style) in legend)
        {
            var width = 34 + (label.Length * CharacterWidth);
            if (used > 0 && used + width > available)
            {
                rows.Add([]);
                used = 0;
            }

            rows[^1].Add((label, style, width));
            used += width;
        }

        return rows;
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
