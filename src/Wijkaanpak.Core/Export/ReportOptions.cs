using NodaTime;
using Wijkaanpak.Core.Instruments;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// What goes into a report (*rapportage*) besides the model: its language and title, and the
/// findings, indicator statuses and checklist scores computed elsewhere. Sections whose inputs
/// are absent say so instead of being left out, so a reader knows what was not assessed.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>The language of the report; Dutch by default.</summary>
    public Language Language { get; init; } = Language.Dutch;

    /// <summary>The title; the model's name when absent.</summary>
    public string? Title { get; init; }

    /// <summary>The date the report describes (*peildatum*), printed under the title when given; no clock is read.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Findings about the model, e.g. from a validation run; null when none were computed.</summary>
    public EquatableArray<ReportDiagnostic>? Diagnostics { get; init; }

    /// <summary>Indicator statuses, e.g. from a rollup; null when none were computed.</summary>
    public EquatableArray<ReportIndicatorStatus>? IndicatorStatuses { get; init; }

    /// <summary>Checklist scores, e.g. from an assessment; null when none were computed.</summary>
    public EquatableArray<ReportChecklistScore>? ChecklistScores { get; init; }

    /// <summary>These options with the findings of <paramref name="result"/> as the diagnostics section.</summary>
    /// <param name="result">A validation run on the model being reported on.</param>
    public ReportOptions WithValidation(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return this with { Diagnostics = result.Diagnostics.Select(d => ReportDiagnostic.From(d, Language)).ToEquatableArray() };
    }

    /// <summary>
    /// These options with the indicator statuses of <paramref name="result"/>: one per indicator
    /// and area, and for the indicator as a whole its status in the largest area that has a value
    /// (ties by ordinal area id). The status band (on track, at risk, off track, achieved) and
    /// staleness are worded as the remark, in this report's language.
    /// </summary>
    /// <param name="result">A rollup of the model being reported on.</param>
    public ReportOptions WithRollup(ImpactRollupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = ReportText.For(Language);
        var perArea = result.Indicators.Select(s => ToReport(s, s.AreaId, text));
        var overall = result.Indicators.Where(s => s.Latest is not null)
            .GroupBy(s => s.IndicatorId)
            .Select(g => g.OrderByDescending(s => s.Level).ThenBy(s => s.AreaId).First())
            .Select(s => ToReport(s, null, text));
        return this with { IndicatorStatuses = overall.Concat(perArea).ToEquatableArray() };
    }

    /// <summary>
    /// These options with the section scores of a filled-in checklist added to the checklist
    /// scores: per section, yes counts 1 and partly ½ out of the questions answered yes, partly or
    /// no (the scorer's rule); sections without such answers are left out.
    /// </summary>
    /// <param name="score">A scored assessment (*ingevulde checklist*).</param>
    public ReportOptions WithAssessment(AssessmentScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var text = ReportText.For(Language);
        var checklist = $"{score.ChecklistId}: {score.Practice} ({text.Date(score.Date)})";
        var added = score.Sections.Where(s => s.Summary.Yes + s.Summary.Partly + s.Summary.No > 0).Select(s => new ReportChecklistScore
        {
            Checklist = checklist,
            Part = text.Pick(s.Title.Nl, s.Title.En),
            Score = s.Summary.Yes + (0.5 * s.Summary.Partly),
            Maximum = s.Summary.Yes + s.Summary.Partly + s.Summary.No,
            Remark = text.Pick($"{s.Summary.Questions - s.Summary.Unanswered} van {s.Summary.Questions} vragen beantwoord", $"{s.Summary.Questions - s.Summary.Unanswered} of {s.Summary.Questions} questions answered"),
        });
        return this with { ChecklistScores = (ChecklistScores ?? default).Concat(added).ToEquatableArray() };
    }

    private static ReportIndicatorStatus ToReport(IndicatorStatus status, AreaId? area, ReportText text)
    {
        var band = status.Band switch
        {
            StatusBand.Achieved => text.Pick("bereikt", "achieved"),
            StatusBand.OnTrack => text.Pick("op koers", "on track"),
            StatusBand.AtRisk => text.Pick("risico", "at risk"),
            StatusBand.OffTrack => text.Pick("uit koers", "off track"),
            _ => null,
        };
        var stale = status.IsStale ? text.Pick("verouderd", "stale") : null;
        var remark = string.Join(", ", new[] { band, stale }.OfType<string>());
        return new ReportIndicatorStatus
        {
            IndicatorId = status.IndicatorId,
            AreaId = area,
            Latest = status.Latest,
            LatestDate = status.LatestDate,
            Progress = status.Progress,
            Remark = remark.Length == 0 ? null : remark,
        };
    }
}
