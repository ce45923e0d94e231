using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// Where one indicator is scored, for a goal or on its own, and why: the areas whose indicator
/// statuses count, the step of the resolution that chose them, how many of them give a progress,
/// and the target areas that have no value at all (docs/rollups.md, *Where a goal is scored*).
/// </summary>
public sealed record IndicatorScoring
{
    /// <summary>The indicator.</summary>
    public required IndicatorId IndicatorId { get; init; }

    /// <summary>The areas where it is scored, ordered by id; empty when it has no value anywhere and no target area.</summary>
    public EquatableArray<AreaId> AreaIds { get; init; }

    /// <summary>The step that chose <see cref="AreaIds"/>, or <see cref="ScoredAtReason.NoMeasurements"/> when there is nothing to score.</summary>
    public required ScoredAtReason Reason { get; init; }

    /// <summary>The areas of <see cref="AreaIds"/> whose status gives a progress, ordered by id.</summary>
    public EquatableArray<AreaId> ScoredAreaIds { get; init; }

    /// <summary>Areas of <see cref="AreaIds"/> for which a target applies but that have no value on or before the reference date, ordered by id.</summary>
    public EquatableArray<AreaId> TargetAreasWithoutResult { get; init; }

    /// <summary>True when at least one area gives a progress.</summary>
    public bool IsScored => !ScoredAreaIds.IsEmpty;
}
