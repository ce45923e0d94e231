namespace Wijkaanpak.Core.Export;

/// <summary>How one input edge is drawn by <see cref="LayeredLayout"/>.</summary>
/// <param name="Points">Centres of the source box, the bend points and the target box, from source to target; empty for a self-loop.</param>
/// <param name="Reversed">True when the edge points downwards: it closed a cycle or went against the minimum ranks.</param>
internal sealed record EdgeRoute(LayoutPoint[] Points, bool Reversed);
