using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The two kinds of evidence for an opgave: *tellen én vertellen* (counting and telling).</summary>
public enum EvidenceKind
{
    /// <summary>Counted evidence (*tellen*): figures from statistics, registrations or surveys.</summary>
    [LocalizedName("tellen", "counted")]
    Counted,

    /// <summary>Told evidence (*vertellen*): stories, observations and signals of residents and professionals.</summary>
    [LocalizedName("vertellen", "told")]
    Told,
}
