using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>How an indicator's values combine from smaller areas into a larger one. The rule that must never be broken: percentages are not averaged.</summary>
public enum AggregationKind
{
    /// <summary>A count or amount: values add up (Σ value).</summary>
    [LocalizedName("aantal of bedrag", "count or amount")]
    Count,

    /// <summary>A ratio or percentage: rolls up as Σ numerator / Σ denominator, never as a mean of percentages.</summary>
    [LocalizedName("verhouding", "ratio")]
    Ratio,

    /// <summary>A mean (such as a survey score): rolls up weighted by the declared weight basis.</summary>
    [LocalizedName("gewogen gemiddelde", "weighted mean")]
    WeightedMean,

    /// <summary>An index (such as the Leefbaarometer score): rolls up weighted by the declared weight basis, like a mean, and is flagged as an index.</summary>
    [LocalizedName("index", "index")]
    Index,

    /// <summary>Cannot be combined across areas; stays per area.</summary>
    [LocalizedName("niet op te tellen", "not aggregable")]
    NotAggregable,
}
