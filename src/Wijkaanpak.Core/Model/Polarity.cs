namespace Wijkaanpak.Core.Model;

/// <summary>Which direction of an indicator is good.</summary>
public enum Polarity
{
    /// <summary>A higher value is better (e.g. share of residents in work).</summary>
    HigherIsBetter,

    /// <summary>A lower value is better (e.g. share of households in debt).</summary>
    LowerIsBetter,

    /// <summary>Neither direction is better in itself; progress is not scored.</summary>
    Neutral,
}
