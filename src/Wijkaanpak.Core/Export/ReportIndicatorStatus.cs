using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// The state of an indicator (*stand van een indicator*) in one area, or overall, as shown next to
/// the indicator in the report. A neutral record so the report does not depend on how the figures
/// are rolled up; the rollup room's results convert to it.
/// </summary>
public sealed record ReportIndicatorStatus
{
    /// <summary>The indicator.</summary>
    public required IndicatorId IndicatorId { get; init; }

    /// <summary>The area the status is for; absent for the indicator as a whole.</summary>
    public AreaId? AreaId { get; init; }

    /// <summary>The latest value (*laatste meting*), in the indicator's unit, if any.</summary>
    public double? Latest { get; init; }

    /// <summary>The date of the latest value.</summary>
    public LocalDate? LatestDate { get; init; }

    /// <summary>
    /// Progress from baseline to target as a fraction, polarity-aware: 0 at the baseline, 1 at the
    /// target, negative when things got worse; absent when it cannot be determined.
    /// </summary>
    public double? Progress { get; init; }

    /// <summary>A short remark, e.g. on coverage (*dekking*) or proxies used.</summary>
    public string? Remark { get; init; }
}
