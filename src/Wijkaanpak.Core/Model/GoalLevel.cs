using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The level of a goal node in the theory of change, ordered from the most concrete to the most abstract. A contribution edge must never point to a lower level (an outcome does not contribute to an output).</summary>
public enum GoalLevel : byte
{
    /// <summary>An output or deliverable (*prestatie*, *output*): what the interventions produce, such as the number of households reached.</summary>
    [LocalizedName("prestatie (output)", "output")]
    Output,

    /// <summary>A sub-goal (*subdoel*, *deelambitie*): an intermediate outcome.</summary>
    [LocalizedName("subdoel", "sub-goal")]
    SubGoal,

    /// <summary>A goal (*doel*, *doelstelling*): an outcome, a change for residents.</summary>
    [LocalizedName("doel", "goal")]
    Goal,

    /// <summary>An ambition (*ambitie*, *hoofdambitie*): a long-term direction that groups goals.</summary>
    [LocalizedName("ambitie", "ambition")]
    Ambition,

    /// <summary>The mission or intended impact (*missie*, *impact*, *stip op de horizon*): the top of the theory of change.</summary>
    [LocalizedName("missie", "mission")]
    Mission,
}
