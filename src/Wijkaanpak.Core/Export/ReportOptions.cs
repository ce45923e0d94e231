using NodaTime;
using Wijkaanpak.Core.Model;
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
    public ReportLanguage Language { get; init; } = ReportLanguage.Dutch;

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
        return this with { Diagnostics = result.Diagnostics.Select(ReportDiagnostic.From).ToEquatableArray() };
    }
}
