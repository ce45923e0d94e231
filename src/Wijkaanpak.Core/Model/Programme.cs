using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// An implementation programme (*uitvoeringsprogramma*): 3–4 years of concrete interventions and
/// money inside the 10–20 year horizon of the approach; programmes follow each other.
/// </summary>
public sealed record Programme
{
    /// <summary>Unique id of the programme.</summary>
    public required ProgrammeId Id { get; init; }

    /// <summary>Name, e.g. "Uitvoeringsprogramma 2024–2027".</summary>
    public required string Name { get; init; }

    /// <summary>The period the programme runs (inclusive dates).</summary>
    public required DateInterval Period { get; init; }

    /// <summary>The programme it follows, if any.</summary>
    public ProgrammeId? PredecessorId { get; init; }

    /// <summary>The goals it works on.</summary>
    public EquatableArray<NodeId> GoalIds { get; init; }

    /// <summary>Its budget lines.</summary>
    public EquatableArray<BudgetLine> BudgetLines { get; init; }
}
