using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// The state shared by all rules of one run: the model, the options and the views several rules
/// need, each computed at most once, on first use, also when rules run on several threads.
/// </summary>
internal sealed class ValidationSession : IDisposable
{
    /// <summary>The number of theory-of-change edges from which a run pays for running its rules on all cores.</summary>
    private const int ConcurrentEdgeThreshold = 1 << 16;

    private readonly Lazy<TheoryOfChangeNodes> _nodes;
    private readonly Lazy<TheoryOfChangeView> _toc;
    private readonly Lazy<IReadOnlyList<ModelProblem>> _integrityProblems;
    private readonly Lazy<HashSet<StakeholderId>> _members;
    private readonly Lazy<HashSet<StakeholderId>> _committed;
    private readonly Lazy<HashSet<IndicatorId>> _usedIndicators;
    private readonly Lazy<Dictionary<IndicatorId, int>> _indicatorPositions;
    private readonly Lazy<Dictionary<IndicatorId, LocalDate>> _latestMeasurement;

    public ValidationSession(WijkaanpakModel model, ValidationOptions options)
    {
        Model = model;
        Options = options;
        _nodes = new(() => TheoryOfChangeNodes.Of(Model.TheoryOfChange));
        _toc = new(() => new TheoryOfChangeView(Model.TheoryOfChange, Nodes));
        _integrityProblems = new(() => ModelIntegrity.Check(Model, Nodes));
        _members = new(() => [.. (Model.Alliantie?.Members ?? default).Select(m => m.StakeholderId)]);
        _committed = new(() => [.. (Model.Alliantie?.Commitments ?? default).Select(c => c.StakeholderId)]);
        _usedIndicators = new(CollectUsedIndicators);
        _indicatorPositions = new(() => FirstPositions(Model.Indicators, i => i.Id));
        _latestMeasurement = new(CollectLatestMeasurement);
        Names = new ElementNames(model, () => Nodes);
    }

    public WijkaanpakModel Model { get; }

    public ValidationOptions Options { get; }

    /// <summary>The names of the model's elements, for findings' messages.</summary>
    public ElementNames Names { get; }

    /// <summary>The theory-of-change nodes numbered and its edges resolved, once for the integrity check and the structural rules.</summary>
    public TheoryOfChangeNodes Nodes => _nodes.Value;

    /// <summary>The theory of change as a graph, for the structural rules.</summary>
    public TheoryOfChangeView Toc => _toc.Value;

    /// <summary>The integrity problems of the model (<see cref="ModelIntegrity"/>), checked with the shared <see cref="Nodes"/>.</summary>
    public IReadOnlyList<ModelProblem> IntegrityProblems => _integrityProblems.Value;

    /// <summary>Every stakeholder that is or was a member of the alliance.</summary>
    public HashSet<StakeholderId> AllianceMembers => _members.Value;

    /// <summary>Every stakeholder with at least one commitment.</summary>
    public HashSet<StakeholderId> CommittedStakeholders => _committed.Value;

    /// <summary>Every indicator that measures at least one goal or intervention.</summary>
    public HashSet<IndicatorId> UsedIndicators => _usedIndicators.Value;

    /// <summary>The position of each indicator in the model's list (first occurrence), for locations.</summary>
    public Dictionary<IndicatorId, int> IndicatorPositions => _indicatorPositions.Value;

    /// <summary>The date of the latest measurement of each measured indicator.</summary>
    public Dictionary<IndicatorId, LocalDate> LatestMeasurement => _latestMeasurement.Value;

    /// <summary>Gives the pooled memory of the shared views back once the run is over.</summary>
    public void Dispose()
    {
        if (_nodes.IsValueCreated)
        {
            _nodes.Value.Dispose();
        }
    }

    /// <summary>The JSON path of an indicator, or null when it is not in the model.</summary>
    public string? IndicatorPath(IndicatorId id) =>
        IndicatorPositions.TryGetValue(id, out var i) ? JsonPaths.Indicator(i) : null;

    /// <summary>
    /// For a large theory of change, numbers its nodes up front, with all cores, and says whether the
    /// rules of this run should then run on all cores too. False for a small one (or none), and when
    /// numbering fails: the rules then run one after the other and each rule that needs the nodes
    /// reports the failure as WA0000. Called once, before the rules start.
    /// </summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Validation never throws for a model; a failure here is reported by the rules as WA0000.")]
    public bool PrepareToRunConcurrently()
    {
        if ((Model.TheoryOfChange?.Edges.Count ?? 0) < ConcurrentEdgeThreshold)
        {
            return false;
        }

        try
        {
            _ = Nodes;
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private HashSet<IndicatorId> CollectUsedIndicators()
    {
        var used = new HashSet<IndicatorId>(Model.Indicators.Count);
        foreach (var goal in Model.TheoryOfChange.Goals)
        {
            AddAll(used, goal?.IndicatorIds ?? default);
        }

        foreach (var intervention in Model.TheoryOfChange.Interventions)
        {
            AddAll(used, intervention?.IndicatorIds ?? default);
        }

        return used;
    }

    /// <summary>Adds <paramref name="ids"/> through the array's own enumerator (<see cref="HashSet{T}.UnionWith"/> would box one per call).</summary>
    internal static void AddAll<T>(HashSet<T> set, EquatableArray<T> ids)
    {
        foreach (var id in ids)
        {
            set.Add(id);
        }
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
