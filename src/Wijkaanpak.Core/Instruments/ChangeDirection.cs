namespace Wijkaanpak.Core.Instruments;

/// <summary>How one answer changed between two assessments of the same practice.</summary>
public enum ChangeDirection
{
    /// <summary>*Verbeterd*: moved up the order no → partly → yes.</summary>
    Improved,

    /// <summary>*Verslechterd*: moved down that order.</summary>
    Worsened,

    /// <summary>*Anders ingedeeld*: moved to or from not applicable, unknown or unanswered, which has no place in that order.</summary>
    Reclassified,
}
