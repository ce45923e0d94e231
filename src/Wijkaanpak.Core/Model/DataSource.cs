using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// Where an indicator's data comes from (*bron*): CBS in de Buurt, the Leefbaarometer, a GGD
/// monitor, a partner's registration, a resident survey.
/// </summary>
public sealed record DataSource
{
    /// <summary>Name of the source, e.g. "CBS Kerncijfers wijken en buurten".</summary>
    public required string Name { get; init; }

    /// <summary>The partner that owns the data, if it is one of the stakeholders.</summary>
    public StakeholderId? OwnerId { get; init; }

    /// <summary>The finest scale level at which the source publishes (its granularity).</summary>
    public ScaleLevel? Granularity { get; init; }

    /// <summary>How often the source is updated (e.g. P1Y, P2Y).</summary>
    public Period? UpdateFrequency { get; init; }
}
