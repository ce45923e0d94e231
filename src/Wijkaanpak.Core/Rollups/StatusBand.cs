using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Rollups;

/// <summary>The status band of an indicator (*kleur*, RAG), from its progress against the progress expected by now.</summary>
public enum StatusBand
{
    /// <summary>No progress could be scored: no target, no baseline, no value or a neutral polarity. The trend still says which way it moves.</summary>
    [LocalizedName("niet gescoord", "not scored")]
    NotScored,

    /// <summary>The target is reached (progress at least 1).</summary>
    [LocalizedName("bereikt", "achieved")]
    Achieved,

    /// <summary>At least the on-track share of the expected progress.</summary>
    [LocalizedName("op koers", "on track")]
    OnTrack,

    /// <summary>At least the at-risk share of the expected progress, but less than on track.</summary>
    [LocalizedName("risico", "at risk")]
    AtRisk,

    /// <summary>Less than the at-risk share of the expected progress, or moving away from the target.</summary>
    [LocalizedName("uit koers", "off track")]
    OffTrack,
}
