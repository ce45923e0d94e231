using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>What kind of effort an intervention is (praktijkhandboek deel 2 §2.5).</summary>
public enum InterventionKind
{
    /// <summary>Regular policy or work (*regulier*) that would happen anyway; part of the picture, not additional.</summary>
    [LocalizedName("regulier", "regular work")]
    Regulier,

    /// <summary>An intensification (*intensivering*) of existing work in the area.</summary>
    [LocalizedName("intensivering", "intensification")]
    Intensivering,

    /// <summary>A linking opportunity (*koppelkans*) between regular processes of several domains.</summary>
    [LocalizedName("koppelkans", "linking opportunity")]
    Koppelkans,

    /// <summary>An experiment or breakthrough pilot (*experiment*, *doorbraakpilot*); its embedding must be considered from the start.</summary>
    [LocalizedName("experiment", "experiment")]
    Experiment,

    /// <summary>A quick win (*laaghangend fruit*): visible results soon.</summary>
    [LocalizedName("quick win", "quick win")]
    QuickWin,

    /// <summary>A small win: a small-scale measure with large impact or visibility, realised fast.</summary>
    [LocalizedName("small win", "small win")]
    SmallWin,

    /// <summary>A resident initiative (*bewonersinitiatief*).</summary>
    [LocalizedName("bewonersinitiatief", "resident initiative")]
    Bewonersinitiatief,
}
