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


    /// <summary>The picture as inline SVG, or null when there is nothing to draw or too much.</summary>
    public static string? Draw(WijkaanpakModel model, ReportText text)
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
        var memberLabel = text.Pick("lid van de alliantie", "alliance member");
        var legendWidth = 32 + kinds.Sum(k => 40 + (text.Name(k).Length * TextWrap.CharacterWidth)) + (members.Count > 0 ? 16 + (memberLabel.Length * TextWrap.CharacterWidth) : 0);
        width = Math.Max(width, legendWidth);
        var positions = ForceLayout.Compute(stakeholders.Count, edges, new ForceLayoutSettings { Width = width, Height = height });
        var radius = degree.Select(d => Math.Min(16, 6 + (2 * Math.Sqrt(d)))).ToArray();
        var svg = new SvgWriter(width, height + 28, text.Pick("Netwerk van belanghebbenden", "Stakeholder network"), "network");
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
            svg.Text(positions[v].X, positions[v].Y + radius[v] + 12, TextWrap.Shorten(stakeholder.Name, 24), "middle", size: 11);
            svg.CloseGroup();
        }

        var x = 16.0;
        foreach (var kind in kinds)
        {
            var label = text.Name(kind);
            svg.Line(x, height + 12, x + 20, height + 12, ColourOf(kind), 2, kind == RelationKind.Conflict ? "5 3" : null);
            svg.Text(x + 24, height + 16, label);
            x += 40 + (label.Length * TextWrap.CharacterWidth);
        }

        if (members.Count > 0)
        {
            svg.Circle(x + 6, height + 12, 6, "#ffffff", "#000000", 2.5);
            svg.Text(x + 16, height + 16, memberLabel);
        }

        return svg.Finish();
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

    internal static string FillOf(StakeholderType type) => type switch
    {
        StakeholderType.Gemeente or StakeholderType.Rijk or StakeholderType.Provincie => "#2e75b6",
        StakeholderType.Woningcorporatie or StakeholderType.Netbeheerder => "#a0522d",
        StakeholderType.Politie or StakeholderType.JustitieOm => "#1f3864",
        StakeholderType.Onderwijs or StakeholderType.Kennisinstelling => "#7030a0",
        StakeholderType.Zorg or StakeholderType.Zorgverzekeraar or StakeholderType.Ggd or StakeholderType.Welzijn or StakeholderType.SociaalWijkteam => "#548235",
        StakeholderType.Bewonersorganisatie or StakeholderType.Bewoners or StakeholderType.Vereniging => "#ed7d31",
        StakeholderType.Fonds or StakeholderType.Ondernemer or StakeholderType.SocialeOnderneming => "#bf9000",
        _ => "#7f7f7f",
    };
}
