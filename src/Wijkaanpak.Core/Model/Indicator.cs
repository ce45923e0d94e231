using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// An indicator: a defined measure of progress, at a level of the results chain, with a polarity
/// and a rule for how it rolls up over areas. Baseline, targets and reference values give its
/// measurements meaning.
/// </summary>
public sealed record Indicator
{
    /// <summary>Unique id of the indicator.</summary>
    public required IndicatorId Id { get; init; }

    /// <summary>Name, e.g. "Huishoudens met problematische schulden".</summary>
    public required string Name { get; init; }

    /// <summary>Exact definition: what is counted, over whom, how.</summary>
    public string? Definition { get; init; }

    /// <summary>Unit, e.g. "%", "aantal", "rapportcijfer 1-10", "euro".</summary>
    public string? Unit { get; init; }

    /// <summary>The level of the results chain it measures.</summary>
    public required ResultLevel Level { get; init; }

    /// <summary>Fact, perception or qualitative.</summary>
    public IndicatorNature Nature { get; init; } = IndicatorNature.Fact;

    /// <summary>Which direction is good.</summary>
    public required Polarity Polarity { get; init; }

    /// <summary>How values combine over areas.</summary>
    public required AggregationKind Aggregation { get; init; }

    /// <summary>The weight for <see cref="AggregationKind.WeightedMean"/> and <see cref="AggregationKind.Index"/>.</summary>
    public WeightBasis? WeightBasis { get; init; }

    /// <summary>The scale level at which the indicator is reported (its granularity).</summary>
    public ScaleLevel? Granularity { get; init; }

    /// <summary>Where the data comes from.</summary>
    public DataSource? Source { get; init; }

    /// <summary>How often it is measured (e.g. P1Y); measurements older than this are stale.</summary>
    public Period? Frequency { get; init; }

    /// <summary>One of the programme's core indicators (*kernindicator*).</summary>
    public bool IsCore { get; init; }

    /// <summary>The domains it belongs to.</summary>
    public EquatableArray<DomainId> DomainIds { get; init; }

    /// <summary>The baseline (*nulmeting*).</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>Targets, with milestones.</summary>
    public EquatableArray<Target> Targets { get; init; }

    /// <summary>Values of reference frames (city, G4, national averages) to compare with.</summary>
    public EquatableArray<ReferenceValue> ReferenceValues { get; init; }
}
