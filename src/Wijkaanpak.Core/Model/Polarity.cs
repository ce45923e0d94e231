using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>Which direction of an indicator is good.</summary>
public enum Polarity
{
    /// <summary>A higher value is better (e.g. share of residents in work).</summary>
    [LocalizedName("hoger is beter", "higher is better")]
    HigherIsBetter,

    /// <summary>A lower value is better (e.g. share of households in debt).</summary>
    [LocalizedName("lager is beter", "lower is better")]
    LowerIsBetter,

    /// <summary>Neither direction is better in itself; progress is not scored.</summary>
    [LocalizedName("neutraal", "neutral")]
    Neutral,
}
