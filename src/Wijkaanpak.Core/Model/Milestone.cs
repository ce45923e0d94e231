using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>An intermediate target on the way to a target (*mijlpaal*), e.g. a quarter of the gap closed by year 10.</summary>
public sealed record Milestone
{
    /// <summary>When the milestone should be reached.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The value to reach by then, in the indicator's unit.</summary>
    public required double Value { get; init; }
}
