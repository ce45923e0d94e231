namespace Wijkaanpak.Core.Model;

/// <summary>
/// One stage of a funnel (*trechterstap*), such as "intakes" or "aan het werk", with the number
/// of people (or households) that reached it.
/// </summary>
public sealed record FunnelStage
{
    /// <summary>Name of the stage, e.g. "Gestart met traject".</summary>
    public required string Name { get; init; }

    /// <summary>How many reached the stage; finite and not negative.</summary>
    public required double Count { get; init; }
}
