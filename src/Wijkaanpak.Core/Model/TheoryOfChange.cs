using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// The theory of change (*verandertheorie*, *doel-middelketen*, *beleidstheorie*): a typed graph
/// of goals, interventions, preconditions and assumptions that says how and why the desired
/// change in the area can happen. Its node ids are unique across all four node kinds.
/// </summary>
public sealed record TheoryOfChange
{
    /// <summary>Name, e.g. "Verandertheorie armoede en schulden".</summary>
    public string? Name { get; init; }

    /// <summary>The horizon of the approach (*stip op de horizon*), typically 10–20 years.</summary>
    public DateInterval? Horizon { get; init; }

    /// <summary>Mission, ambitions, goals, sub-goals and outputs.</summary>
    public EquatableArray<Goal> Goals { get; init; }

    /// <summary>The means: activities, projects and measures.</summary>
    public EquatableArray<Intervention> Interventions { get; init; }

    /// <summary>Preconditions (*randvoorwaarden*).</summary>
    public EquatableArray<Precondition> Preconditions { get; init; }

    /// <summary>Assumptions (*aannames*).</summary>
    public EquatableArray<Assumption> Assumptions { get; init; }

    /// <summary>The edges between nodes.</summary>
    public EquatableArray<ChangeEdge> Edges { get; init; }
}
