namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// Where the status bands (*kleurcodering*, RAG) of an indicator begin, as a share of the progress
/// expected by now: at least <see cref="OnTrack"/> of the expected progress is on track, at least
/// <see cref="AtRisk"/> is at risk, less is off track. Reaching the target itself is achieved.
/// </summary>
public sealed record StatusThresholds
{
    /// <summary>Share of the expected progress from which an indicator is on track; default 0.9.</summary>
    public double OnTrack { get; init; } = 0.9;

    /// <summary>Share of the expected progress from which an indicator is at risk rather than off track; default 0.6.</summary>
    public double AtRisk { get; init; } = 0.6;
}
