using NodaTime;
using Wijkaanpak.Core.Tables;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// Everything an impact rollup computes for a programme council (*effectrapportage*): values per
/// area, indicator statuses, goal statuses, contribution analysis, funnels and social return.
/// Immutable, with value equality; <see cref="ToTables"/> gives the tidy tables.
/// </summary>
public sealed record ImpactRollupResult
{
    /// <summary>The reference date used; absent when there were no measurements and no date was given.</summary>
    public LocalDate? At { get; init; }

    /// <summary>Values per indicator × area × date after the area rollup, ordered by indicator, area and date.</summary>
    public EquatableArray<AreaAggregate> Areas { get; init; }

    /// <summary>Indicator statuses per indicator × area at the reference date, ordered by indicator and area.</summary>
    public EquatableArray<IndicatorStatus> Indicators { get; init; }

    /// <summary>Goal statuses, ordered by goal id.</summary>
    public EquatableArray<GoalStatus> Goals { get; init; }

    /// <summary>The contribution analysis (not attribution).</summary>
    public required ContributionAnalysis Contribution { get; init; }

    /// <summary>Funnels with conversion rates, ordered by funnel id.</summary>
    public EquatableArray<FunnelResult> Funnels { get; init; }

    /// <summary>Social-return results, ordered by case id.</summary>
    public EquatableArray<SocialReturnResult> SocialReturn { get; init; }

    /// <summary>Number of measurements dropped because another one had the same indicator, area and date.</summary>
    public int DuplicateMeasurements { get; init; }

    /// <summary>
    /// The result as tidy tables: <c>indicator-status</c>, <c>area-rollup</c>, <c>goal-rollup</c>, <c>output-outcome-gap</c>,
    /// <c>contribution</c>, <c>partner-contribution</c>, <c>funnels</c>, <c>social-return</c>,
    /// <c>social-return-years</c>, <c>social-return-sensitivity</c> and <c>social-return-stakeholders</c>.
    /// </summary>
    public IReadOnlyList<Table> ToTables() => RollupTables.Create(this);
}
