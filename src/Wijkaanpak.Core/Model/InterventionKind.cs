namespace Wijkaanpak.Core.Model;

/// <summary>What kind of effort an intervention is (praktijkhandboek deel 2 §2.5).</summary>
public enum InterventionKind
{
    /// <summary>Regular policy or work (*regulier*) that would happen anyway; part of the picture, not additional.</summary>
    Regulier,

    /// <summary>An intensification (*intensivering*) of existing work in the area.</summary>
    Intensivering,

    /// <summary>A linking opportunity (*koppelkans*) between regular processes of several domains.</summary>
    Koppelkans,

    /// <summary>An experiment or breakthrough pilot (*experiment*, *doorbraakpilot*); its embedding must be considered from the start.</summary>
    Experiment,

    /// <summary>A quick win (*laaghangend fruit*): visible results soon.</summary>
    QuickWin,

    /// <summary>A small win: a small-scale measure with large impact or visibility, realised fast.</summary>
    SmallWin,

    /// <summary>A resident initiative (*bewonersinitiatief*).</summary>
    Bewonersinitiatief,
}
