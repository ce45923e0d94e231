using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// Why a goal or an indicator is scored in the areas it is scored in, or why it cannot be scored
/// (docs/rollups.md, *Where a goal is scored*). The first four are the steps of the resolution, in
/// the order they are tried.
/// </summary>
public enum ScoredAtReason
{
    /// <summary>The goal names its own areas (<c>goal.areaIds</c>).</summary>
    [LocalizedName("de gebieden van het doel", "the goal's areas")]
    GoalAreas,

    /// <summary>The areas of the opgaven the goal addresses.</summary>
    [LocalizedName("de gebieden van de opgave", "the areas of its opgave")]
    OpgaveAreas,

    /// <summary>The areas where the indicator has its targets, else its baseline.</summary>
    [LocalizedName("waar de streefwaarden liggen", "where the targets are")]
    TargetAreas,

    /// <summary>The areas of the highest scale level at which the indicator has a value (it has no target or baseline tied to an area).</summary>
    [LocalizedName("het hoogste gemeten gebied", "the highest measured area")]
    HighestMeasuredArea,

    /// <summary>The goal has no scored indicator of its own; it is scored from the goals contributing to it, where they are scored.</summary>
    [LocalizedName("via de bijdragende doelen", "through the contributing goals")]
    ContributingGoals,

    /// <summary>Not scored: neither the goal nor any goal contributing to it has an indicator.</summary>
    [LocalizedName("geen indicatoren", "no indicators")]
    NoIndicators,

    /// <summary>Not scored: its indicators have no value on or before the reference date.</summary>
    [LocalizedName("geen metingen", "no measurements")]
    NoMeasurements,

    /// <summary>Not scored: its indicators have values, but none gives a progress there (no target, no baseline, or neutral polarity; see each status's progress case).</summary>
    [LocalizedName("geen voortgang te bepalen", "no progress to score")]
    NoProgress,
}
