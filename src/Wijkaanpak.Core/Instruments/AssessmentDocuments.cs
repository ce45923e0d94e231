using System.Text.Json.Serialization;
using NodaTime;
using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Instruments;

/// <summary>The file form of an <see cref="Assessment"/> (see docs/instruments.md).</summary>
internal sealed record AssessmentDocument
{
    [JsonRequired]
    public int FormatVersion { get; init; }

    [JsonRequired]
    public string ChecklistId { get; init; } = string.Empty;

    [JsonRequired]
    public string Practice { get; init; } = string.Empty;

    [JsonRequired]
    public LocalDate Date { get; init; }

    public string? Respondent { get; init; }

    public AnswerDocument[]? Answers { get; init; }
}

/// <summary>The file form of an <see cref="Answer"/>.</summary>
internal sealed record AnswerDocument
{
    [JsonRequired]
    public string QuestionId { get; init; } = string.Empty;

    [JsonRequired]
    public AnswerValue Value { get; init; }

    public string? Evidence { get; init; }

    public LocalDate? Date { get; init; }

    public string? Respondent { get; init; }
}

/// <summary>The file form of a <see cref="Checklist"/>, for showing it as JSON.</summary>
internal sealed record ChecklistDocument(string Id, LocalizedText Title, LocalizedText Description, string Source, ChecklistSectionDocument[] Sections);

/// <summary>The file form of a <see cref="ChecklistSection"/>.</summary>
internal sealed record ChecklistSectionDocument(string Id, LocalizedText Title, string Source, string? Phase, string? Block, LocalizedText? Guidance, ChecklistIndicator[]? Indicators, ChecklistQuestionDocument[] Questions);

/// <summary>The file form of a <see cref="ChecklistQuestion"/>.</summary>
internal sealed record ChecklistQuestionDocument(string Id, int Number, LocalizedText Text, LocalizedText? Guidance, string Source, string[]? IndicatorIds);
