using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// One measurement (*meting*): an indicator's value in an area at a date. Ratios should carry
/// numerator and denominator and survey means their sample size, so they can roll up correctly.
/// </summary>
public sealed record Measurement
{
    /// <summary>The indicator measured.</summary>
    public required IndicatorId IndicatorId { get; init; }

    /// <summary>The area measured.</summary>
    public required AreaId AreaId { get; init; }

    /// <summary>The reference date of the value (end of the period it describes).</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The value in the indicator's unit; finite.</summary>
    public required double Value { get; init; }

    /// <summary>For ratios: the numerator (e.g. households in debt).</summary>
    public double? Numerator { get; init; }

    /// <summary>For ratios: the denominator (e.g. all households).</summary>
    public double? Denominator { get; init; }

    /// <summary>For survey measures: the number of respondents.</summary>
    public int? SampleSize { get; init; }

    /// <summary>The source or source version of this value.</summary>
    public string? Source { get; init; }

    /// <summary>How exact the value is.</summary>
    public MeasurementQualifier Qualifier { get; init; } = MeasurementQualifier.Exact;
}
