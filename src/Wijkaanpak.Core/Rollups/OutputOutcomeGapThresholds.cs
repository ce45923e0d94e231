namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// When the output–outcome gap signal is raised (the Overvecht pattern: many people helped into
/// work while unemployment barely falls; bron: 004b §5.1). Outputs count as on track when at least
/// <see cref="OutputShareOnTrack"/> of the output statuses are on track or achieved; the outcomes
/// then lag when their progress is at most <see cref="OutcomeShareOfOutput"/> of the output progress,
/// or when every outcome indicator with three or more values stagnated or worsened over its last
/// two periods (docs/rollups.md, *Output–outcome gap*).
/// </summary>
public sealed record OutputOutcomeGapThresholds
{
    /// <summary>Share of output statuses that must be on track or achieved; default 0.5.</summary>
    public double OutputShareOnTrack { get; init; } = 0.5;

    /// <summary>The outcome progress at or below this share of the output progress lags; default 0.5.</summary>
    public double OutcomeShareOfOutput { get; init; } = 0.5;
}
