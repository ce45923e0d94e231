using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Betweenness centrality (*makelaarspositie*): how often a stakeholder lies on the shortest
/// paths between two others — the brokers through whom information and money must pass.
/// </summary>
/// <param name="Scores">The score of each vertex, scaled as the options asked.</param>
/// <param name="IsExact">True when every vertex was a source (exact Brandes); false for a sampled estimate.</param>
/// <param name="SourceCount">Number of source vertices (pivots) whose shortest paths were counted.</param>
/// <param name="ErrorBound">
/// For an estimate: with probability at least <paramref name="Confidence"/>, every score lies
/// within this distance of its exact value (same scale as the scores). Zero when exact.
/// </param>
/// <param name="Confidence">The probability with which <paramref name="ErrorBound"/> holds (1 when exact).</param>
public sealed record BetweennessResult(EquatableArray<double> Scores, bool IsExact, int SourceCount, double ErrorBound, double Confidence);
