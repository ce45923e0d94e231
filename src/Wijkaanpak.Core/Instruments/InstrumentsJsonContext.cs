using System.Text.Json.Serialization;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The source-generated JSON context of the instruments room: strict (unknown properties, missing
/// required ones and nulls where none are allowed are errors), camelCase, nulls omitted on write;
/// dates through the model format's own converter.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    MaxDepth = 16,
    WriteIndented = true,
    Converters = [typeof(Serialization.LocalDateConverter), typeof(Serialization.StrictEnumConverter<AnswerValue>)])]
[JsonSerializable(typeof(AssessmentDocument))]
[JsonSerializable(typeof(ChecklistDocument))]
internal sealed partial class InstrumentsJsonContext : JsonSerializerContext;
