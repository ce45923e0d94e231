using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// The figures behind the output–outcome gap signal of a goal, for all its scoring areas together
/// or for one area (docs/rollups.md, *Output–outcome gap*).
/// </summary>
/// <param name="AreaId">The area; absent for the goal's areas together.</param>
/// <param name="OutputProgress">Mean progress of the output statuses in the goal's subtree (there).</param>
/// <param name="OutputShareOnTrack">Share of those output statuses on track or achieved, 0–1.</param>
/// <param name="OutcomeProgress">Mean progress of the goal's own outcome and impact statuses (there).</param>
/// <param name="OutcomesStagnate">True when every own outcome or impact indicator with three or more values stagnated or worsened over its last two periods (there).</param>
/// <param name="IsRaised">True when the outputs are on track and the outcomes lag them or stagnate.</param>
public sealed record OutputOutcomeGap(AreaId? AreaId, double OutputProgress, double OutputShareOnTrack, double OutcomeProgress, bool OutcomesStagnate, bool IsRaised);
