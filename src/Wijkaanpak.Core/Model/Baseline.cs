using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>The baseline (*nulmeting*) of an indicator: the value at the start, and when.</summary>
public sealed record Baseline
{
    /// <summary>The value at the baseline date, in the indicator's unit.</summary>
    public required double Value { get; init; }

    /// <summary>The date of the baseline measurement.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The area the baseline is for; absent means the indicator's main area.</summary>
    public AreaId? AreaId { get; init; }
}
