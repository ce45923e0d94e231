using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Rollups;

/// <summary>How a goal's headline score combines its inputs (its own indicators and contributing goals) at one result level (*aggregatie van doelen*).</summary>
public enum GoalAggregation
{
    /// <summary>The weighted mean of the inputs' normalised progress; contributing goals weigh by their edge weight (1 when absent), indicators by 1.</summary>
    [LocalizedName("gewogen gemiddelde", "weighted mean")]
    WeightedMean,

    /// <summary>The lowest progress among the inputs (*zwakste schakel*): a goal is as far as its weakest part.</summary>
    [LocalizedName("zwakste schakel", "weakest link")]
    WeakestLink,

    /// <summary>The share of indicator statuses in the goal's subtree that are on track or achieved.</summary>
    [LocalizedName("aandeel op koers", "share on track")]
    ShareOnTrack,
}
