using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>The PageRank of every stakeholder: its share of attention in a random walk over the relations.</summary>
/// <param name="Scores">The score of each vertex; the scores sum to 1.</param>
/// <param name="Iterations">Power iterations performed.</param>
/// <param name="Converged">True when the L1 change fell below the tolerance within the iteration limit.</param>
/// <param name="Residual">The L1 change of the last iteration.</param>
public sealed record PageRankResult(EquatableArray<double> Scores, int Iterations, bool Converged, double Residual);
