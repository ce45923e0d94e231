using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// An indicator's value in one area at one date after the area rollup (*gebiedsaggregatie*):
/// measured there, or rolled up from the children following the indicator's aggregation semantics,
/// with coverage and dispersion.
/// </summary>
public sealed record AreaAggregate
{
    /// <summary>The indicator.</summary>
    public required IndicatorId IndicatorId { get; init; }

    /// <summary>The area; for an area implied by CBS codes, its CBS code.</summary>
    public required AreaId AreaId { get; init; }

    /// <summary>The area's scale level.</summary>
    public required ScaleLevel Level { get; init; }

    /// <summary>True when the area is not in the model but implied by the CBS codes of its children.</summary>
    public bool IsDerivedArea { get; init; }

    /// <summary>The reference date.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The value in the indicator's unit; absent when there is none.</summary>
    public double? Value { get; init; }

    /// <summary>Where the value comes from.</summary>
    public required AreaValueOrigin Origin { get; init; }

    /// <summary>The aggregation semantics used.</summary>
    public required AggregationKind Aggregation { get; init; }

    /// <summary>How complete the rollup is; for an area without children, a single input.</summary>
    public required AreaCoverage Coverage { get; init; }

    /// <summary>The spread of the children; absent for an area without children with a value.</summary>
    public AreaDispersion? Dispersion { get; init; }
}
