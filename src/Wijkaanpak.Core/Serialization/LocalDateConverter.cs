using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// Reads and writes a <see cref="LocalDate"/> as an ISO-8601 calendar date string, <c>yyyy-MM-dd</c>,
/// between <see cref="ModelRanges.EarliestDate"/> and <see cref="ModelRanges.LatestDate"/>; nothing else is accepted.
/// </summary>
internal sealed class LocalDateConverter : JsonConverter<LocalDate>, IPlaceholderConverter
{
    /// <inheritdoc />
    public string Placeholder => "\"2000-01-01\"";

    /// <inheritdoc />
    public string Schema => """{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}""";

    /// <summary>The one pattern of the format: four-digit year, two-digit month and day.</summary>
    internal static readonly LocalDatePattern Pattern = LocalDatePattern.Iso;

    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(JsonTokens.ExpectString(ref reader, "a date (yyyy-MM-dd)"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Pattern.Format(value));
    }

    /// <summary>Parses a date strictly, or throws a <see cref="JsonException"/> saying what was expected.</summary>
    internal static LocalDate Parse(string text)
    {
        var result = text.Length == 10 ? Pattern.Parse(text) : null;
        if (result is not { Success: true })
        {
            throw new JsonException($"'{text}' is not a date: expected yyyy-MM-dd, e.g. 2024-03-01.");
        }

        return ModelRanges.IsSupported(result.Value) ? result.Value : throw new JsonException(ModelRanges.DateMessage(result.Value));
    }

    /// <summary>Parses a date strictly: exactly <c>yyyy-MM-dd</c>, a day that exists and lies in the supported range.</summary>
    internal static bool TryParse(string text, out LocalDate date)
    {
        var result = text.Length == 10 ? Pattern.Parse(text) : null;
        date = result is { Success: true } ? result.Value : default;
        return result is { Success: true } && ModelRanges.IsSupported(date);
    }
}
