using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkaanpak.Core.Instruments;

/// <summary>Writes <see cref="AnswerValue"/> as a camelCase string (<c>notApplicable</c>) and reads only names, never numbers.</summary>
internal sealed class AnswerValueJsonConverter() : JsonStringEnumConverter<AnswerValue>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
