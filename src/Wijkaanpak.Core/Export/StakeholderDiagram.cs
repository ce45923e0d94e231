using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Draws the stakeholder network with a force-directed layout: one circle per stakeholder,
/// coloured by type of party and sized by its number of relations, alliance members ringed in
/// black, relations coloured by kind (conflicts dashed red) with arrows for directed kinds.
/// </summary>
internal static class StakeholderDiagram
{
    /// <summary>Networks with more stakeholders than this are not drawn: they would be unreadable on a page.</summary>
    public const int MaximumNodes = 250;

    /// <summary>At most this many stakeholders, the best connected, get a label in the picture; the others are listed beside it.</summary>
    public const int MaximumLabels = 40;

    private const double LabelSize = 12;
    private const double LabelCharacterWidth = 7.2;
    private const double LabelBorder = 70;

    /// <summary>The picture, or null when there is nothing to draw or too much.</summary>
    public static StakeholderPicture? Draw(WijkaanpakModel model, ReportText text)
    {
        var stakeholders = model.Stakeholders.DistinctBy(s => s.Id).OrderBy(s => s.Id).ToList();
        if (stakeholders.Count == 0 || stakeholders.Count > MaximumNodes)
        {
            return null;
        }

        var number = new Dictionary<StakeholderId, int>();
        for (var i = 0; i < stakeholders.Count; i++)
        {
            number[stakeholders[i].Id] = i;
        }

        var relations = model.Relations
            .Where(r => number.ContainsKey(r.From) && number.ContainsKey(r.To) && r.From != r.To)
            .OrderBy(r => r.From).ThenBy(r => r.To).ThenBy(r => r.Kind)
            .ToList();
        var edges = relations.Select(r => new LayoutEdge(number[r.From], number[r.To])).ToList();
        var degree = new int[stakeholders.Count];
        foreach (var (from, to) in edges)
        {
            degree[from]++;
            degree[to]++;
        }

        var members = (model.Alliantie?.Members ?? default).Where(m => m.Left is null).Select(m => m.StakeholderId).ToHashSet();
        // The canvas grows with the network, so a handful of parties is not spread over a wall.
        var width = Math.Clamp(180 * Math.Sqrt(stakeholders.Count), 400, 760);
        var height = Math.Clamp(width * 0.7, 300, 520);
        var kinds = relations.Select(r => r.Kind).Distinct().Order().ToList();
        var groups = stakeholders.Select(s => GroupOf(s.Type)).Distinct().Order().ToList();
        var memberLabel = text.Pick("lid van de alliantie", "alliance member");
        // Circles are laid out inside a border wide enough for the labels around them.
        var inner = ForceLayout.Compute(stakeholders.Count, edges, new ForceLayoutSettings { Width = width - (2 * LabelBorder), Height = height - 40 });
        var positions = inner.Select(p => new LayoutPoint(p.X + LabelBorder, p.Y + 20)).ToArray();
        var radius = degree.Select(d => Math.Min(16, 6 + (2 * Math.Sqrt(d)))).ToArray();
        var labels = PlaceLabels(stakeholders, positions, radius, degree, width, height);

        var legend = new List<(string Label, Action<SvgWriter, double, double> Key)>();
        legend.AddRange(groups.Select(g => (GroupName(g, text), (Action<SvgWriter, double, double>)((w, x, y) => w.Circle(x + 7, y, 7, GroupFill(g), "#ffffff")))));
        legend.AddRange(kinds.Select(k => (text.Name(k), (Action<SvgWriter, double, double>)((w, x, y) => w.Line(x, y, x + 18, y, ColourOf(k), 2, k == RelationKind.Conflict ? "5 3" : null)))));
        if (members.Count > 0)
        {
            legend.Add((memberLabel, (w, x, y) => w.Circle(x + 7, y, 6, "#ffffff", "#000000", 2.5)));
        }

        legend.Add((text.Pick("grootte: aantal relaties", "size: number of relations"), (w, x, y) =>
        {
            w.Circle(x + 4, y, 4, "#bfbfbf", "#ffffff");
            w.Circle(x + 16, y, 7, "#bfbfbf", "#ffffff");
        }));
        var rows = new List<List<(string Label, Action<SvgWriter, double, double> Key, double Width)>> { new() };
        double used = 16;
        foreach (var (label, key) in legend)
        {
            var entry = 36 + (label.Length * LabelCharacterWidth);
            if (rows[^1].Count > 0 && used + entry > width - 16)
            {
                rows.Add([]);
                used = 16;
            }

            rows[^1].Add((label, key, entry));
            used += entry;
        }

        var svg = new SvgWriter(width, height + (rows.Count * 22) + 8, text.Pick("Netwerk van belanghebbenden", "Stakeholder network"), "network");
        foreach (var kind in kinds.Where(IsDirected))
        {
            svg.ArrowMarker("net-" + kind.ToString().ToLowerInvariant(), ColourOf(kind));
        }

        for (var e = 0; e < relations.Count; e++)
        {
            var (from, to) = edges[e];
            var kind = relations[e].Kind;
            var end = Shorten(positions[from], positions[to], radius[to] + 2);
            var marker = IsDirected(kind) ? "net-" + kind.ToString().ToLowerInvariant() : null;
            var strokeWidth = Math.Clamp(relations[e].Weight, 0.5, 4);
            svg.Line(positions[from].X, positions[from].Y, end.X, end.Y, ColourOf(kind), strokeWidth, kind == RelationKind.Conflict ? "5 3" : null, marker);
        }

        for (var v = 0; v < stakeholders.Count; v++)
        {
            var stakeholder = stakeholders[v];
            var isMember = members.Contains(stakeholder.Id);
            var tooltip = $"{stakeholder.Name} ({text.Name(stakeholder.Type)})" + (isMember ? text.Pick(", lid van de alliantie", ", alliance member") : string.Empty);
            svg.OpenGroup("stakeholder", stakeholder.Id.Value, tooltip);
            svg.Circle(positions[v].X, positions[v].Y, radius[v], FillOf(stakeholder.Type), isMember ? "#000000" : "#ffffff", isMember ? 2.5 : 1);
            svg.CloseGroup();
        }

        foreach (var (v, at) in labels)
        {
            svg.Text(at.X, at.Y, LabelOf(stakeholders[v]), "middle", "#1a1a1a", size: LabelSize);
        }

        var top = height + 4;
        foreach (var row in rows)
        {
            var x = 16.0;
            foreach (var (label, key, entry) in row)
            {
                key(svg, x, top + 8);
                svg.Text(x + 26, top + 13, label, size: LabelSize);
                x += entry;
            }

            top += 22;
        }

        var unlabelled = Enumerable.Range(0, stakeholders.Count).Where(v => !labels.ContainsKey(v)).Select(v => stakeholders[v]).ToList();
        return new StakeholderPicture(svg.Finish(), unlabelled);
    }

    private static string LabelOf(Stakeholder stakeholder) => TextWrap.Shorten(stakeholder.Name, 40);

    /// <summary>
    /// Places the labels of the best-connected stakeholders first (at most <see cref="MaximumLabels"/>),
    /// each below, above, right or left of its circle, wherever it stays on the canvas and clear of
    /// the labels and circles already placed; a label that fits nowhere is left out.
    /// </summary>
    private static Dictionary<int, LayoutPoint> PlaceLabels(List<Stakeholder> stakeholders, LayoutPoint[] positions, double[] radius, int[] degree, double width, double height)
    {
        var placed = new List<(double Left, double Top, double Right, double Bottom)>();
        for (var v = 0; v < positions.Length; v++)
        {
            placed.Add((positions[v].X - radius[v], positions[v].Y - radius[v], positions[v].X + radius[v], positions[v].Y + radius[v]));
        }

        var labels = new Dictionary<int, LayoutPoint>();
        foreach (var v in Enumerable.Range(0, positions.Length).OrderByDescending(v => degree[v]).ThenBy(v => v).Take(MaximumLabels))
        {
            var half = LabelOf(stakeholders[v]).Length * LabelCharacterWidth / 2;
            var (x, y, r) = (positions[v].X, positions[v].Y, radius[v]);
            LayoutPoint[] candidates =
            [
                new(x, y + r + LabelSize + 1), new(x, y - r - 4), new(x + r + 4 + half, y + 4), new(x - r - 4 - half, y + 4),
                new(x, y + r + (2 * LabelSize) + 4), new(x, y - r - LabelSize - 6),
            ];
            foreach (var at in candidates)
            {
                var box = (Left: at.X - half - 2, Top: at.Y - LabelSize, Right: at.X + half + 2, Bottom: at.Y + 4);
                var self = placed[v];
                if (box.Left >= 0 && box.Right <= width && box.Top >= 0 && box.Bottom <= height
                    && placed.Where(p => p != self).All(p => p.Right < box.Left || p.Left > box.Right || p.Bottom < box.Top || p.Top > box.Bottom))
                {
                    labels[v] = at;
                    placed.Add(box);
                    break;
                }
            }
        }

        return labels;
    }

    internal static bool IsDirected(RelationKind kind) => kind is RelationKind.Funding or RelationKind.Mandate or RelationKind.Information;

    /// <summary>The point <paramref name="by"/> pixels before <paramref name="to"/> on the way from <paramref name="from"/>, so arrows end at the circle.</summary>
    private static LayoutPoint Shorten(LayoutPoint from, LayoutPoint to, double by)
    {
        var dx = to.X - from.X;
        var dy = to.Y - from.Y;
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        return length <= by ? to : new LayoutPoint(to.X - (dx / length * by), to.Y - (dy / length * by));
    }

    internal static string ColourOf(RelationKind kind) => kind switch
    {
        RelationKind.Funding => "#2e7d32",
        RelationKind.Mandate => "#1565c0",
        RelationKind.Information => "#8e24aa",
        RelationKind.Conflict => "#c62828",
        _ => "#8c8c8c",
    };

    internal static string FillOf(StakeholderType type) => GroupFill(GroupOf(type));

    /// <summary>The colour group of a type of party: 0 government, 1 housing and grid, 2 police and justice, 3 education and knowledge, 4 care and welfare, 5 residents, 6 funds and business, 7 other.</summary>
    private static int GroupOf(StakeholderType type) => type switch
    {
        StakeholderType.Gemeente or StakeholderType.Rijk or StakeholderType.Provincie => 0,
        StakeholderType.Woningcorporatie or StakeholderType.Netbeheerder => 1,
        StakeholderType.Politie or StakeholderType.JustitieOm => 2,
        StakeholderType.Onderwijs or StakeholderType.Kennisinstelling => 3,
        StakeholderType.Zorg or StakeholderType.Zorgverzekeraar or StakeholderType.Ggd or StakeholderType.Welzijn or StakeholderType.SociaalWijkteam => 4,
        StakeholderType.Bewonersorganisatie or StakeholderType.Bewoners or StakeholderType.Vereniging => 5,
        StakeholderType.Fonds or StakeholderType.Ondernemer or StakeholderType.SocialeOnderneming => 6,
        _ => 7,
    };

    private static string GroupFill(int group) => group switch
    {
        0 => "#2e75b6",
        1 => "#a0522d",
        2 => "#1f3864",
        3 => "#7030a0",
        4 => "#548235",
        5 => "#ed7d31",
        6 => "#bf9000",
        _ => "#7f7f7f",
    };

    private static string GroupName(int group, ReportText text) => group switch
    {
        0 => text.Pick("overheid", "government"),
        1 => text.Pick("wonen en netbeheer", "housing and grid"),
        2 => text.Pick("politie en justitie", "police and justice"),
        3 => text.Pick("onderwijs en kennis", "education and knowledge"),
        4 => text.Pick("zorg en welzijn", "care and welfare"),
        5 => text.Pick("bewoners", "residents"),
        6 => text.Pick("fondsen en ondernemers", "funds and business"),
        _ => text.Pick("overig", "other"),
    };
}
