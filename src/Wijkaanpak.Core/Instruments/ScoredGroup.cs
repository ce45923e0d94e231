using Wijkaanpak.Core.Localization;
namespace Wijkaanpak.Core.Instruments;

/// <summary>The score of one indicator, section or phase of a checklist.</summary>
/// <param name="Id">The indicator or section id, or for a phase its <see cref="ApproachPhase"/> name.</param>
/// <param name="Title">The indicator's statement, the section's or the phase's title.</param>
/// <param name="Summary">The counted and scored answers.</param>
public sealed record ScoredGroup(string Id, LocalizedText Title, ScoreSummary Summary);
