using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// The state shared by all rules of one run: the model, the options and the views several rules
/// need, each computed at most once, on first use. The rules run one after the other; only
/// <see cref="Prepare"/> uses a second core, for a large theory of change.
/// </summary>
internal sealed class ValidationSession(WijkaanpakModel model, ValidationOptions options)
{
    /// <summary>The number of theory-of-change edges from which <see cref="Prepare"/> pays for its threads.</summary>
    private const int ConcurrentEdgeThreshold = 1 << 16;

    private HashSet<StakeholderId>? _members;
    private HashSet<StakeholderId>? _committed;
    private HashSet<IndicatorId>? _usedIndicators;
    private Dictionary<IndicatorId, int>? _indicatorPositions;
    private Dictionary<IndicatorId, LocalDate>? _latestMeasurement;
    private TheoryOfChangeNodes? _nodes;
    private TheoryOfChangeView? _toc;
    private IReadOnlyList<ModelProblem>? _integrityProblems;

    public WijkaanpakModel Model { get; } = model;

    public ValidationOptions Options { get; } = options;

    /// <summary>The theory-of-change nodes numbered and its edges resolved, once for the integrity check and the structural rules.</summary>
    public TheoryOfChangeNodes Nodes => _nodes ??= TheoryOfChangeNodes.Of(Model.TheoryOfChange);

    /// <summary>The theory of change as a graph, for the structural rules.</summary>
    public TheoryOfChangeView Toc => _toc ??= new TheoryOfChangeView(Model.TheoryOfChange, Nodes);

    /// <summary>The integrity problems of the model (<see cref="ModelIntegrity"/>), checked with the shared <see cref="Nodes"/>.</summary>
    public IReadOnlyList<ModelProblem> IntegrityProblems => _integrityProblems ??= ModelIntegrity.Check(Model, Nodes);

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

    /// <summary>
    /// Before the rules run on a large theory of change, computes the views the integrity rule and
    /// the structural rules need: the integrity check on one core while the contribution graph,
    /// its components and the nodes that reach a mission are built on the other. The results are
    /// the same as when each is computed on first use.
    /// </summary>
    /// <param name="integrity">Whether the integrity rule runs.</param>
    /// <param name="structure">Whether any structural rule runs.</param>
    public void Prepare(bool integrity, bool structure)
    {
        if (!integrity || !structure || Model.TheoryOfChange.Edges.Count < ConcurrentEdgeThreshold)
        {
            return;
        }

        _ = Nodes;
        Parallel.Invoke(
            () => _ = IntegrityProblems,
            () => _ = (Toc.Components, Toc.ReachesMission));
    }

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
