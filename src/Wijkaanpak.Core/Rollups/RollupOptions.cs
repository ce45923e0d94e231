using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>Settings of an impact rollup (*peildatum*, drempels, aggregatie). The defaults follow the domain notes and are documented in docs/rollups.md.</summary>
public sealed record RollupOptions
{
    /// <summary>The reference date (*peildatum*): statuses use measurements on or before it. Absent means the latest measurement date.</summary>
    public LocalDate? At { get; init; }

    /// <summary>Where the status bands begin.</summary>
    public StatusThresholds Thresholds { get; init; } = new();

    /// <summary>
    /// How old an area's last measurement may be to stand in, as an explicit proxy, for a missing
    /// value at a later date in the area rollup. Absent (the default) means never: missing stays missing.
    /// </summary>
    public Period? CarryForward { get; init; }

    /// <summary>When an indicator declares no frequency, how old its latest value may be before it is stale; default 12 months (bron: 004b §5.2).</summary>
    public Period DefaultStaleAfter { get; init; } = Period.FromMonths(12);

    /// <summary>
    /// A trend or a change is stable when it moves less than this share of the mean absolute level
    /// over the span considered; default 0.02 (2 %).
    /// </summary>
    public double StableTolerance { get; init; } = 0.02;

    /// <summary>Per indicator, the value against which children are counted as worse in the area rollup; absent indicators use their first target value.</summary>
    public IReadOnlyDictionary<IndicatorId, double>? AreaThresholds { get; init; }

    /// <summary>When the output–outcome gap signal of a goal is raised.</summary>
    public OutputOutcomeGapThresholds OutputOutcomeGap { get; init; } = new();

    /// <summary>The headline aggregator of the goal rollup; all three are always computed.</summary>
    public GoalAggregation GoalAggregation { get; init; } = GoalAggregation.WeightedMean;

    /// <summary>Relative change of quantities and financial proxies in the social-return sensitivity table; default 0.2 (±20 %).</summary>
    public double SensitivityRelative { get; init; } = 0.2;

    /// <summary>Absolute change of deadweight, displacement, attribution and drop-off in the sensitivity table; default 0.1 (±10 percentage points).</summary>
    public double SensitivityShare { get; init; } = 0.1;

    /// <summary>Absolute change of the discount rate in the sensitivity table; default 0.01 (±1 percentage point).</summary>
    public double SensitivityDiscountRate { get; init; } = 0.01;
}
