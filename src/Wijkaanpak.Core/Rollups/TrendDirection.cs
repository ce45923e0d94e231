using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Rollups;

/// <summary>Which way an indicator moves (*trendrichting*), judged only from three points on.</summary>
public enum TrendDirection
{
    /// <summary>Fewer than three points: no direction is claimed.</summary>
    [LocalizedName("te weinig gegevens", "insufficient data")]
    InsufficientData,

    /// <summary>Moving in the good direction for the indicator's polarity.</summary>
    [LocalizedName("verbetert", "improving")]
    Improving,

    /// <summary>Moving less than the stable tolerance.</summary>
    [LocalizedName("stabiel", "stable")]
    Stable,

    /// <summary>Moving in the bad direction for the indicator's polarity.</summary>
    [LocalizedName("verslechtert", "worsening")]
    Worsening,

    /// <summary>Rising, for an indicator without a good direction.</summary>
    [LocalizedName("stijgt", "rising")]
    Rising,

    /// <summary>Falling, for an indicator without a good direction.</summary>
    [LocalizedName("daalt", "falling")]
    Falling,
}
