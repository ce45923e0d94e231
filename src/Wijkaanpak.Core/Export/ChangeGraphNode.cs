using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>A node of the theory of change as drawn or exported: its id, label and kind.</summary>
/// <param name="Id">The node id.</param>
/// <param name="Label">The goal or intervention name, precondition name or assumption statement.</param>
/// <param name="Kind">Goal, intervention, precondition or assumption.</param>
/// <param name="Level">For goals, their level.</param>
internal sealed record ChangeGraphNode(NodeId Id, string Label, NodeKind Kind, GoalLevel? Level);
