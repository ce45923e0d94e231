using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>An edge of the theory of change between two numbered nodes of a <see cref="ChangeGraphView"/>.</summary>
/// <param name="From">The number of the source node.</param>
/// <param name="To">The number of the target node.</param>
/// <param name="Kind">Contribution, precondition or assumption.</param>
/// <param name="Contribution">For contributions: direct or indirect.</param>
internal sealed record ChangeGraphEdge(int From, int To, ChangeEdgeKind Kind, ContributionType Contribution);
