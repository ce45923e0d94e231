using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// A funnel (*trechter*, *doorstroomketen*): ordered stages through which people move, such as
/// intakes → started → persisted → placed in work, each with a count, so that conversion rates
/// can be computed (bron: 002 §6, Nijmegen Oud-West).
/// </summary>
public sealed record Funnel
{
    /// <summary>Unique id of the funnel.</summary>
    public required FunnelId Id { get; init; }

    /// <summary>Name, e.g. "Re-integratie Oud-West".</summary>
    public required string Name { get; init; }

    /// <summary>What the funnel follows and whom it counts (persons, households, families).</summary>
    public string? Description { get; init; }

    /// <summary>The area the funnel counts people in, if one.</summary>
    public AreaId? AreaId { get; init; }

    /// <summary>The period the counts cover (inclusive dates), if stated.</summary>
    public DateInterval? Period { get; init; }

    /// <summary>The stages, in the order people pass through them.</summary>
    public EquatableArray<FunnelStage> Stages { get; init; }
}
