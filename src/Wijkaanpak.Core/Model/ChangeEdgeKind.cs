using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The kind of an edge of the theory of change.</summary>
public enum ChangeEdgeKind : byte
{
    /// <summary>The source (a means) contributes to the target (a goal): *draagt bij aan*.</summary>
    [LocalizedName("draagt bij aan", "contributes to")]
    ContributesTo,

    /// <summary>The source needs the target precondition (*randvoorwaarde*) to be met before it can work.</summary>
    [LocalizedName("vraagt randvoorwaarde", "requires precondition")]
    RequiresPrecondition,

    /// <summary>The source rests on the target assumption (*aanname*, *veronderstelling*).</summary>
    [LocalizedName("berust op aanname", "rests on assumption")]
    RestsOnAssumption,
}
