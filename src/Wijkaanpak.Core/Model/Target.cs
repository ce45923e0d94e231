using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// A target (*streefwaarde*) for an indicator: a value to reach by a date, or a reference frame to
/// reach (such as the city average), with milestones on the way.
/// </summary>
public sealed record Target
{
    /// <summary>The value to reach; absent when the target is to reach the <see cref="Frame"/>.</summary>
    public double? Value { get; init; }

    /// <summary>When the target should be reached.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The reference frame the target is stated against (e.g. "to the G4 average").</summary>
    public ReferenceFrameKind? Frame { get; init; }

    /// <summary>The area the target is for; absent means every area the indicator is measured in.</summary>
    public AreaId? AreaId { get; init; }

    /// <summary>Intermediate milestones, in date order.</summary>
    public EquatableArray<Milestone> Milestones { get; init; }
}
