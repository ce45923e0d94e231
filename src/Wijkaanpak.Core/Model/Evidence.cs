namespace Wijkaanpak.Core.Model;

/// <summary>
/// One piece of evidence for an opgave: a figure (*tellen*) or a story or signal (*vertellen*).
/// </summary>
public sealed record Evidence
{
    /// <summary>Counted or told.</summary>
    public required EvidenceKind Kind { get; init; }

    /// <summary>The evidence in words, e.g. "18% of households live on a low income".</summary>
    public required string Text { get; init; }

    /// <summary>Where it comes from: a statistic, a report, a resident evening.</summary>
    public string? Source { get; init; }

    /// <summary>The indicator the figure belongs to, for counted evidence.</summary>
    public IndicatorId? IndicatorId { get; init; }
}
