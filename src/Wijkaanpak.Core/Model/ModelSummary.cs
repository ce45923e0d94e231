using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// A summary of a model by kind and count: what <c>wijkaanpak show</c> prints. Counts follow the
/// model's own lists; groupings are ordered by their enum order so the summary is deterministic.
/// </summary>
public sealed record ModelSummary
{
    /// <summary>Name of the approach.</summary>
    public required string Name { get; init; }

    /// <summary>The period of the approach, if stated.</summary>
    public DateInterval? Horizon { get; init; }

    /// <summary>Number of areas per scale level, for the levels present.</summary>
    public required IReadOnlyList<KeyValuePair<ScaleLevel, int>> AreasByLevel { get; init; }

    /// <summary>Number of opgaven.</summary>
    public required int Opgaven { get; init; }

    /// <summary>Number of goals per level, for the levels present.</summary>
    public required IReadOnlyList<KeyValuePair<GoalLevel, int>> GoalsByLevel { get; init; }

    /// <summary>Number of interventions per kind, for the kinds present.</summary>
    public required IReadOnlyList<KeyValuePair<InterventionKind, int>> InterventionsByKind { get; init; }

    /// <summary>Number of preconditions.</summary>
    public required int Preconditions { get; init; }

    /// <summary>Number of assumptions.</summary>
    public required int Assumptions { get; init; }

    /// <summary>Number of edges of the theory of change.</summary>
    public required int Edges { get; init; }

    /// <summary>Number of indicators per result level, for the levels present.</summary>
    public required IReadOnlyList<KeyValuePair<ResultLevel, int>> IndicatorsByLevel { get; init; }

    /// <summary>Number of measurements.</summary>
    public required int Measurements { get; init; }

    /// <summary>The earliest and latest measurement dates, if there are measurements.</summary>
    public DateInterval? MeasurementSpan { get; init; }

    /// <summary>Number of stakeholders.</summary>
    public required int Stakeholders { get; init; }

    /// <summary>Number of relations between stakeholders.</summary>
    public required int Relations { get; init; }

    /// <summary>Name of the alliance, if one is formed.</summary>
    public string? Alliantie { get; init; }

    /// <summary>The alliance's members that have not left, by name, in model order.</summary>
    public required IReadOnlyList<string> AllianceMembers { get; init; }

    /// <summary>Number of members that have left the alliance.</summary>
    public required int FormerMembers { get; init; }

    /// <summary>Number of programmes.</summary>
    public required int Programmes { get; init; }

    /// <summary>Summarises <paramref name="model"/>.</summary>
    /// <param name="model">The model to summarise.</param>
    public static ModelSummary Of(WijkaanpakModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var toc = model.TheoryOfChange;
        var members = model.Alliantie?.Members ?? default;
        LocalDate? first = null, last = null;
        foreach (var m in model.Measurements)
        {
            first = first is null || m.Date < first ? m.Date : first;
            last = last is null || m.Date > last ? m.Date : last;
        }

        return new ModelSummary
        {
            Name = model.Name,
            Horizon = model.Horizon ?? toc.Horizon,
            AreasByLevel = CountBy(model.Areas, a => a.Level),
            Opgaven = model.Opgaven.Count,
            GoalsByLevel = CountBy(toc.Goals, g => g.Level),
            InterventionsByKind = CountBy(toc.Interventions, i => i.Kind),
            Preconditions = toc.Preconditions.Count,
            Assumptions = toc.Assumptions.Count,
            Edges = toc.Edges.Count,
            IndicatorsByLevel = CountBy(model.Indicators, i => i.Level),
            Measurements = model.Measurements.Count,
            MeasurementSpan = first is { } f && last is { } l ? new DateInterval(f, l) : null,
            Stakeholders = model.Stakeholders.Count,
            Relations = model.Relations.Count,
            Alliantie = model.Alliantie?.Name,
            AllianceMembers = members.Where(m => m.Left is null)
                .Select(m => model.FindStakeholder(m.StakeholderId)?.Name ?? m.StakeholderId.Value)
                .ToList(),
            FormerMembers = members.Count(m => m.Left is not null),
            Programmes = model.Programmes.Count,
        };
    }

    private static List<KeyValuePair<TKey, int>> CountBy<T, TKey>(EquatableArray<T> items, Func<T, TKey> key)
        where TKey : struct, Enum =>
        items.GroupBy(key).OrderBy(g => g.Key).Select(g => new KeyValuePair<TKey, int>(g.Key, g.Count())).ToList();
}
