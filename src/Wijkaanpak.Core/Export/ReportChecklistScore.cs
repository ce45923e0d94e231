namespace Wijkaanpak.Core.Export;

/// <summary>
/// A score on one part of an assessment checklist (*checklistscore*), e.g. the part
/// "Draagvlak" of the Checklist Wmo-praktijken. A neutral record so the report does not depend on
/// how checklists are scored; the instruments room's results convert to it.
/// </summary>
public sealed record ReportChecklistScore
{
    /// <summary>The checklist, e.g. "Checklist Wmo-praktijken".</summary>
    public required string Checklist { get; init; }

    /// <summary>The part or indicator of the checklist that is scored, e.g. "Beleidsontwerp".</summary>
    public required string Part { get; init; }

    /// <summary>The score reached; between 0 and <see cref="Maximum"/>.</summary>
    public required double Score { get; init; }

    /// <summary>The highest possible score; positive.</summary>
    public required double Maximum { get; init; }

    /// <summary>A short remark, e.g. how many questions were answered.</summary>
    public string? Remark { get; init; }
}
