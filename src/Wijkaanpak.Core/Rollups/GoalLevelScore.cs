using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// A goal's score at one level of the results chain (*resultaatniveau*): levels are never added
/// together, so a goal has one score per level for which it or its contributing goals have
/// scored indicators (ARCHITECTURE §8).
/// </summary>
/// <param name="ResultLevel">The level of the indicators the score is built from.</param>
/// <param name="WeightedMean">Weighted mean of the inputs' normalised progress.</param>
/// <param name="WeakestLink">The lowest progress among the inputs.</param>
/// <param name="ShareOnTrack">Share of the scored indicator statuses in the goal's subtree that are on track or achieved, 0–1.</param>
/// <param name="Headline">The score of the configured aggregator.</param>
/// <param name="Statuses">Number of distinct scored indicator statuses in the goal's subtree at this level.</param>
/// <param name="Inputs">Number of direct inputs: own indicator statuses plus contributing goals with a score at this level.</param>
public sealed record GoalLevelScore(ResultLevel ResultLevel, double WeightedMean, double WeakestLink, double ShareOnTrack, double Headline, int Statuses, int Inputs);
