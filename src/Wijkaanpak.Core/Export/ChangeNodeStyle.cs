using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>The colours of a theory-of-change node in every picture and export, by kind and goal level.</summary>
/// <param name="Fill">Fill colour.</param>
/// <param name="Stroke">Border colour.</param>
/// <param name="Ink">Text colour.</param>
/// <param name="Dash">Border dash pattern, or null for a solid border.</param>
internal sealed record ChangeNodeStyle(string Fill, string Stroke, string Ink, string? Dash)
{
    /// <summary>The style of a node of <paramref name="kind"/> (and, for goals, <paramref name="level"/>).</summary>
    public static ChangeNodeStyle Of(NodeKind kind, GoalLevel? level) => (kind, level) switch
    {
        (NodeKind.Goal, GoalLevel.Mission) => new("#1f4e79", "#1f4e79", "#ffffff", null),
        (NodeKind.Goal, GoalLevel.Ambition) => new("#2e75b6", "#1f4e79", "#ffffff", null),
        (NodeKind.Goal, GoalLevel.Goal) => new("#bdd7ee", "#2e75b6", "#1a1a1a", null),
        (NodeKind.Goal, GoalLevel.SubGoal) => new("#deebf7", "#2e75b6", "#1a1a1a", null),
        (NodeKind.Goal, _) => new("#e2efda", "#548235", "#1a1a1a", null),
        (NodeKind.Intervention, _) => new("#fbe5d6", "#c55a11", "#1a1a1a", null),
        (NodeKind.Precondition, _) => new("#f2f2f2", "#7f7f7f", "#1a1a1a", "4 3"),
        _ => new("#fff2cc", "#bf9000", "#1a1a1a", "4 3"),
    };
}
