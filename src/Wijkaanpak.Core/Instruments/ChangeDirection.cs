using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Instruments;

/// <summary>How one answer changed between two assessments of the same practice.</summary>
public enum ChangeDirection
{
    /// <summary>*Verbeterd*: moved up the order no → partly → yes.</summary>
    [LocalizedName("verbeterd", "improved")]
    Improved,

    /// <summary>*Verslechterd*: moved down that order.</summary>
    [LocalizedName("verslechterd", "worsened")]
    Worsened,

    /// <summary>*Anders ingedeeld*: moved to or from not applicable, unknown or unanswered, which has no place in that order.</summary>
    [LocalizedName("anders ingedeeld", "reclassified")]
    Reclassified,
}
