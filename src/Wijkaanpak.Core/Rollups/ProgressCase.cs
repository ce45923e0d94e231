using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Rollups;

/// <summary>How an indicator's progress to target was scored, or why it was not (ARCHITECTURE §8).</summary>
public enum ProgressCase
{
    /// <summary>Scored as (latest − baseline) / (target − baseline), signed for polarity.</summary>
    [LocalizedName("gescoord", "scored")]
    Scored,

    /// <summary>The target equals the baseline (hold the line): progress is 1 when the latest value is at least as good, else 0.</summary>
    [LocalizedName("streefwaarde gelijk aan nulmeting", "target equals baseline")]
    TargetEqualsBaseline,

    /// <summary>No target applies to the area: not scored, the trend gives the direction.</summary>
    [LocalizedName("geen streefwaarde", "no target")]
    NoTarget,

    /// <summary>No declared baseline and only one value: not scored.</summary>
    [LocalizedName("geen nulmeting", "no baseline")]
    NoBaseline,

    /// <summary>The indicator has no good direction: not scored.</summary>
    [LocalizedName("geen gewenste richting", "no good direction")]
    NeutralPolarity,

    /// <summary>No value on or before the reference date.</summary>
    [LocalizedName("geen meting", "no value")]
    NoValue,
}
