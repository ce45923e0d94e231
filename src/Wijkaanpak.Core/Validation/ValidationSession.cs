using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// The state shared by all rules of one run: the model, the options and the views several rules
/// need, each computed at most once, on first use. One run is single-threaded.
/// </summary>
internal sealed class ValidationSession(WijkaanpakModel model, ValidationOptions options)
{
    private HashSet<StakeholderId>? _members;
    private HashSet<StakeholderId>? _committed;
    private HashSet<IndicatorId>? _usedIndicators;
    private Dictionary<IndicatorId, int>? _indicatorPositions;
    private Dictionary<IndicatorId, LocalDate>? _latestMeasurement;
    private TheoryOfChangeView? _toc;

    public WijkaanpakModel Model { get; } = model;

    public ValidationOptions Options { get; } = options;

    /// <summary>The theory of change as a graph, for the structural rules.</summary>
    public TheoryOfChangeView Toc => _toc ??= new TheoryOfChangeView(Model.TheoryOfChange);

    /// <summary>Every stakeholder that is or was a member of the alliance.</summary>
    public HashSet<StakeholderId> AllianceMembers => _members ??=
        [.. (Model.Alliantie?.Members ?? default).Select(m => m.StakeholderId)];

    /// <summary>Every stakeholder with at least one commitment.</summary>
    public HashSet<StakeholderId> CommittedStakeholders => _committed ??=
        [.. (Model.Alliantie?.Commitments ?? default).Select(c => c.StakeholderId)];

    /// <summary>Every indicator that measures at least one goal or intervention.</summary>
    public HashSet<IndicatorId> UsedIndicators => _usedIndicators ??= CollectUsedIndicators();

    /// <summary>The position of each indicator in the model's list (first occurrence), for locations.</summary>
    public Dictionary<IndicatorId, int> IndicatorPositions => _indicatorPositions ??= FirstPositions(Model.Indicators, i => i.Id);

    /// <summary>The date of the latest measurement of each measured indicator.</summary>
    public Dictionary<IndicatorId, LocalDate> LatestMeasurement => _latestMeasurement ??= CollectLatestMeasurement();

    /// <summary>The JSON path of an indicator, or null when it is not in the model.</summary>
    public string? IndicatorPath(IndicatorId id) =>
        IndicatorPositions.TryGetValue(id, out var i) ? JsonPaths.Indicator(i) : null;

    private HashSet<IndicatorId> CollectUsedIndicators()
    {
        var used = new HashSet<IndicatorId>();
        foreach (var goal in Model.TheoryOfChange.Goals)
        {
            used.UnionWith(goal.IndicatorIds);
        }

        foreach (var intervention in Model.TheoryOfChange.Interventions)
        {
            used.UnionWith(intervention.IndicatorIds);
        }

        return used;
    }

    private Dictionary<IndicatorId, LocalDate> CollectLatestMeasurement()
    {
        var latest = new Dictionary<IndicatorId, LocalDate>();
        foreach (var m in Model.Measurements)
        {
            if (m is null)
            {
                continue;
            }

            if (!latest.TryGetValue(m.IndicatorId, out var date) || m.Date > date)
            {
                latest[m.IndicatorId] = m.Date;
            }
        }

        return latest;
    }

    private static Dictionary<TKey, int> FirstPositions<T, TKey>(EquatableArray<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var positions = new Dictionary<TKey, int>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                positions.TryAdd(key(item), i);
            }
        }

        return positions;
    }
}
