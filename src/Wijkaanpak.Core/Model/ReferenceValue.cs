using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>A value of a reference frame at a date, such as the G4 average unemployment in 2023.</summary>
public sealed record ReferenceValue
{
    /// <summary>Which frame the value belongs to.</summary>
    public required ReferenceFrameKind Frame { get; init; }

    /// <summary>The date the value applies to.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The value, in the indicator's unit.</summary>
    public required double Value { get; init; }
}
