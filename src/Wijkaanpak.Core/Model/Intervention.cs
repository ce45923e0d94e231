using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// An intervention (*interventie*, *middel*, *maatregel*, *activiteit*, *project*): a means in the
/// doel-middelketen. It should say how it contributes to the goals (directly or indirectly),
/// who owns it, when it runs and what it costs; otherwise the *projectencarrousel* looms.
/// </summary>
public sealed record Intervention
{
    /// <summary>Unique id among all nodes of the theory of change.</summary>
    public required NodeId Id { get; init; }

    /// <summary>Name, e.g. "Schuldhulp aan de keukentafel".</summary>
    public required string Name { get; init; }

    /// <summary>Regular work, intensification, linking opportunity, experiment, quick or small win, resident initiative.</summary>
    public required InterventionKind Kind { get; init; }

    /// <summary>Activity, project or measure.</summary>
    public InterventionForm Form { get; init; } = InterventionForm.Activity;

    /// <summary>What it does.</summary>
    public string? Description { get; init; }

    /// <summary>The partner that owns and leads it (*trekker*, *eigenaar*).</summary>
    public StakeholderId? OwnerId { get; init; }

    /// <summary>Partners that help deliver it.</summary>
    public EquatableArray<StakeholderId> ContributorIds { get; init; }

    /// <summary>When it runs (inclusive dates), if known.</summary>
    public DateInterval? Period { get; init; }

    /// <summary>Its budget in euros, if known.</summary>
    public decimal? Budget { get; init; }

    /// <summary>Staff capacity in FTE, if known.</summary>
    public decimal? Fte { get; init; }

    /// <summary>The programme it belongs to.</summary>
    public ProgrammeId? ProgrammeId { get; init; }

    /// <summary>The areas it targets.</summary>
    public EquatableArray<AreaId> AreaIds { get; init; }

    /// <summary>The domains it works in.</summary>
    public EquatableArray<DomainId> DomainIds { get; init; }

    /// <summary>Indicators of its activity and output (*prestatie-indicatoren*).</summary>
    public EquatableArray<IndicatorId> IndicatorIds { get; init; }
}
