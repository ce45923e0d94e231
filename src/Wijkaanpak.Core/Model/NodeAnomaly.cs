namespace Wijkaanpak.Core.Model;

/// <summary>A node of a theory of change that got no vertex of its own: its id is empty, or an earlier node already has it.</summary>
/// <param name="Kind">The kind of the node (which model list it is in).</param>
/// <param name="Position">Its position in that list.</param>
/// <param name="FirstVertex">The vertex of the earlier node with the same id, or -1 when the id is empty.</param>
internal readonly record struct NodeAnomaly(NodeKind Kind, int Position, int FirstVertex);
