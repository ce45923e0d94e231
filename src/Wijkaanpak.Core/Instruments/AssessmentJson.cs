using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// Reads and writes assessments as JSON (format in docs/instruments.md) and writes checklists as
/// JSON. Reading is strict and all-or-nothing: it returns a complete assessment or throws
/// <see cref="AssessmentException"/> naming what is wrong and where.
/// </summary>
public static class AssessmentJson
{
    /// <summary>The format version written and the only one read.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writing keeps Dutch letters and section signs readable instead of escaping them.</summary>
    private static readonly JsonSerializerOptions WriteOptions = new(InstrumentsJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads an assessment from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">File name or other origin, for messages.</param>
    /// <exception cref="AssessmentException">The text is not a valid assessment.</exception>
    public static Assessment Read(string json, string source = "")
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), source);
    }

    /// <summary>Reads an assessment from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <param name="source">File name or other origin, for messages.</param>
    /// <exception cref="AssessmentException">The bytes are not a valid assessment.</exception>
    public static Assessment Read(ReadOnlySpan<byte> utf8Json, string source = "")
    {
        AssessmentDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, InstrumentsJsonContext.Default.AssessmentDocument);
        }
        catch (JsonException e)
        {
            throw new AssessmentException(source, [Problem(e)]);
        }

        if (document is null)
        {
            throw new AssessmentException(source, [new ModelProblem("$", "The file holds null, not an assessment.")]);
        }

        if (document.FormatVersion != FormatVersion)
        {
            throw new AssessmentException(source, [new ModelProblem("$.formatVersion", $"Format version {document.FormatVersion} is not supported; expected {FormatVersion}.")]);
        }

        return new Assessment(document.ChecklistId, document.Practice, document.Date)
        {
            Respondent = document.Respondent,
            Answers = [.. (document.Answers ?? []).Select(a => new Answer(a.QuestionId, a.Value) { Evidence = a.Evidence, Date = a.Date, Respondent = a.Respondent })],
        };
    }

    /// <summary>Reads an assessment from a JSON file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="AssessmentException">The file is not a valid assessment; problems name the file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Assessment ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Writes an assessment as indented JSON; nulls and empty lists are left out.</summary>
    /// <param name="assessment">The assessment.</param>
    public static string Write(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var document = new AssessmentDocument
        {
            FormatVersion = FormatVersion,
            ChecklistId = assessment.ChecklistId,
            Practice = assessment.Practice,
            Date = assessment.Date,
            Respondent = assessment.Respondent,
            Answers = assessment.Answers.IsEmpty ? null : [.. assessment.Answers.Select(a => new AnswerDocument { QuestionId = a.QuestionId, Value = a.Value, Evidence = a.Evidence, Date = a.Date, Respondent = a.Respondent })],
        };
        return JsonSerializer.Serialize(document, (JsonTypeInfo<AssessmentDocument>)WriteOptions.GetTypeInfo(typeof(AssessmentDocument)));
    }

    /// <summary>Writes a checklist with its sections, indicators, questions and guidance as indented JSON.</summary>
    /// <param name="checklist">The checklist.</param>
    public static string Write(Checklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var document = new ChecklistDocument(
            checklist.Id,
            checklist.Title,
            checklist.Description,
            checklist.Source,
            [
                .. checklist.Sections.Select(s => new ChecklistSectionDocument(
                    s.Id,
                    s.Title,
                    s.Source,
                    s.Phase?.ToString(),
                    s.Block?.ToString(),
                    s.Guidance,
                    s.Indicators.IsEmpty ? null : [.. s.Indicators],
                    [.. s.Questions.Select(q => new ChecklistQuestionDocument(q.Id, q.Number, q.Text, q.Guidance, q.Source, q.IndicatorIds.IsEmpty ? null : [.. q.IndicatorIds]))])),
            ]);
        return JsonSerializer.Serialize(document, (JsonTypeInfo<ChecklistDocument>)WriteOptions.GetTypeInfo(typeof(ChecklistDocument)));
    }

    private static ModelProblem Problem(JsonException e) =>
        new(e.Path ?? "$", FirstSentence(e.Message))
        {
            Line = e.LineNumber + 1,
            Column = e.BytePositionInLine + 1,
        };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
