using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// Where an indicator stands in one area at the reference date (*stand van zaken*): latest value,
/// baseline, delta, progress to target and milestone, trend, staleness, status band and gaps to
/// reference frames. Values of areas with children are their rolled-up values where not measured.
/// </summary>
public sealed record IndicatorStatus
{
    /// <summary>The indicator.</summary>
    public required IndicatorId IndicatorId { get; init; }

    /// <summary>The area.</summary>
    public required AreaId AreaId { get; init; }

    /// <summary>The area's scale level.</summary>
    public required ScaleLevel Level { get; init; }

    /// <summary>The indicator's level in the results chain.</summary>
    public required ResultLevel ResultLevel { get; init; }

    /// <summary>The reference date (*peildatum*).</summary>
    public required LocalDate At { get; init; }

    /// <summary>The latest value on or before the reference date.</summary>
    public double? Latest { get; init; }

    /// <summary>Its date.</summary>
    public LocalDate? LatestDate { get; init; }

    /// <summary>Whether the latest value was measured, carried forward or rolled up.</summary>
    public AreaValueOrigin LatestOrigin { get; init; }

    /// <summary>The baseline value.</summary>
    public double? Baseline { get; init; }

    /// <summary>The baseline date.</summary>
    public LocalDate? BaselineDate { get; init; }

    /// <summary>Where the baseline comes from.</summary>
    public BaselineSource BaselineSource { get; init; }

    /// <summary>Latest − baseline, in the indicator's unit.</summary>
    public double? Delta { get; init; }

    /// <summary>The delta signed for polarity: positive is better; absent for a neutral indicator.</summary>
    public double? Improvement { get; init; }

    /// <summary>The target value that applies: the first target due on or after the reference date, else the last.</summary>
    public double? Target { get; init; }

    /// <summary>When that target is due.</summary>
    public LocalDate? TargetDate { get; init; }

    /// <summary>The reference frame the target is stated against, if any.</summary>
    public ReferenceFrameKind? TargetFrame { get; init; }

    /// <summary>True when the target lies in the bad direction from the baseline for the indicator's polarity.</summary>
    public bool TargetAgainstPolarity { get; init; }

    /// <summary>
    /// Progress to target: (latest − baseline) / |target − baseline|, signed so that moving in the
    /// good direction is positive; 1 means the target is reached. Not clamped.
    /// </summary>
    public double? Progress { get; init; }

    /// <summary>How the progress was scored, or why not.</summary>
    public required ProgressCase ProgressCase { get; init; }

    /// <summary>The progress expected by the reference date: from the last milestone due, else linear from baseline date to target date.</summary>
    public double? ExpectedProgress { get; init; }

    /// <summary>The last milestone due by the reference date.</summary>
    public MilestoneCheck? Milestone { get; init; }

    /// <summary>The trend of the series up to the reference date.</summary>
    public required TrendEstimate Trend { get; init; }

    /// <summary>Days between the latest value and the reference date.</summary>
    public int? AgeDays { get; init; }

    /// <summary>True when the latest value is older than the indicator's frequency (or the default) allows.</summary>
    public bool IsStale { get; init; }

    /// <summary>The status band.</summary>
    public required StatusBand Band { get; init; }

    /// <summary>Gaps to the reference frames, ordered by frame.</summary>
    public EquatableArray<ReferenceGap> ReferenceGaps { get; init; }
}
