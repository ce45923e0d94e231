namespace Wijkaanpak.Core.Model;

/// <summary>
/// A goal node of the theory of change (*doel*): the mission, an ambition, a goal, a sub-goal or
/// an output, depending on its <see cref="Level"/>. Means contribute to goals through
/// <see cref="ChangeEdge"/>s; indicators measure them (*gemeten met*).
/// </summary>
public sealed record Goal
{
    /// <summary>Unique id among all nodes of the theory of change.</summary>
    public required NodeId Id { get; init; }

    /// <summary>The goal as stated, e.g. "Meer jongeren halen een startkwalificatie".</summary>
    public required string Name { get; init; }

    /// <summary>Mission, ambition, goal, sub-goal or output.</summary>
    public required GoalLevel Level { get; init; }

    /// <summary>Explanation or rationale (e.g. "It takes a village to raise a child").</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The areas where the goal is to be reached and scored, when they differ from (or are not
    /// given by) its opgaven; absent means the areas of its opgaven (docs/rollups.md, *Where a goal is scored*).
    /// </summary>
    public EquatableArray<AreaId> AreaIds { get; init; }

    /// <summary>The opgaven this goal addresses.</summary>
    public EquatableArray<OpgaveId> OpgaveIds { get; init; }

    /// <summary>The domains it belongs to.</summary>
    public EquatableArray<DomainId> DomainIds { get; init; }

    /// <summary>The indicators that measure it: the *measured by* edges of the theory of change.</summary>
    public EquatableArray<IndicatorId> IndicatorIds { get; init; }

    /// <summary>The partners accountable for reaching it (*trekker*).</summary>
    public EquatableArray<StakeholderId> AccountableIds { get; init; }

    /// <summary>By when the goal should be reached (*doelhorizon*), if stated.</summary>
    public NodaTime.LocalDate? Due { get; init; }
}
