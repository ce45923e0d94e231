namespace Wijkaanpak.Core.Rollups;

/// <summary>Which way an indicator moves (*trendrichting*), judged only from three points on.</summary>
public enum TrendDirection
{
    /// <summary>Fewer than three points: no direction is claimed.</summary>
    InsufficientData,

    /// <summary>Moving in the good direction for the indicator's polarity.</summary>
    Improving,

    /// <summary>Moving less than the stable tolerance.</summary>
    Stable,

    /// <summary>Moving in the bad direction for the indicator's polarity.</summary>
    Worsening,

    /// <summary>Rising, for an indicator without a good direction.</summary>
    Rising,

    /// <summary>Falling, for an indicator without a good direction.</summary>
    Falling,
}
