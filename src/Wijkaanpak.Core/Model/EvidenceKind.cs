namespace Wijkaanpak.Core.Model;

/// <summary>The two kinds of evidence for an opgave: *tellen én vertellen* (counting and telling).</summary>
public enum EvidenceKind
{
    /// <summary>Counted evidence (*tellen*): figures from statistics, registrations or surveys.</summary>
    Counted,

    /// <summary>Told evidence (*vertellen*): stories, observations and signals of residents and professionals.</summary>
    Told,
}
