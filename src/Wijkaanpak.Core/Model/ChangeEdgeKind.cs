namespace Wijkaanpak.Core.Model;

/// <summary>The kind of an edge of the theory of change.</summary>
public enum ChangeEdgeKind : byte
{
    /// <summary>The source (a means) contributes to the target (a goal): *draagt bij aan*.</summary>
    ContributesTo,

    /// <summary>The source needs the target precondition (*randvoorwaarde*) to be met before it can work.</summary>
    RequiresPrecondition,

    /// <summary>The source rests on the target assumption (*aanname*, *veronderstelling*).</summary>
    RestsOnAssumption,
}
