using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The four kinds of node in a theory of change.</summary>
public enum NodeKind : byte
{
    /// <summary>A <see cref="Model.Goal"/>: mission, ambition, goal, sub-goal or output.</summary>
    [LocalizedName("doel", "goal")]
    Goal,

    /// <summary>An <see cref="Model.Intervention"/>: a means.</summary>
    [LocalizedName("interventie", "intervention")]
    Intervention,

    /// <summary>A <see cref="Model.Precondition"/> (*randvoorwaarde*).</summary>
    [LocalizedName("randvoorwaarde", "precondition")]
    Precondition,

    /// <summary>An <see cref="Model.Assumption"/> (*aanname*).</summary>
    [LocalizedName("aanname", "assumption")]
    Assumption,
}
