using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// Reads and writes a <see cref="DateInterval"/> as <c>{"start": "yyyy-MM-dd", "end": "yyyy-MM-dd"}</c>;
/// both dates are inclusive, as in NodaTime, and the end may not be before the start.
/// </summary>
internal sealed class DateIntervalConverter : JsonConverter<DateInterval>, IPlaceholderConverter
{
    /// <inheritdoc />
    public string Placeholder => """{"start":"2000-01-01","end":"2000-01-01"}""";

    /// <inheritdoc />
    public string Schema => """{"type":"object","properties":{"start":{"type":"string","format":"date"},"end":{"type":"string","format":"date"}},"required":["start","end"],"additionalProperties":false,"description":"Both dates inclusive; end not before start."}""";

    /// <summary>JSON name of the first day.</summary>
    internal const string StartName = "start";

    /// <summary>JSON name of the last day (inclusive).</summary>
    internal const string EndName = "end";

    /// <inheritdoc />
    public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a date interval {{\"start\": ..., \"end\": ...}}, found {JsonTokens.Describe(reader.TokenType)}.");
        }

        LocalDate? start = null;
        LocalDate? end = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            var date = LocalDateConverter.Parse(JsonTokens.ExpectString(ref reader, "a date (yyyy-MM-dd)"));
            switch (name)
            {
                case StartName when start is null:
                    start = date;
                    break;
                case EndName when end is null:
                    end = date;
                    break;
                case StartName or EndName:
                    throw new JsonException($"The date interval has '{name}' twice.");
                default:
                    throw new JsonException($"A date interval has only 'start' and 'end', not '{name}'.");
            }
        }

        if (start is null || end is null)
        {
            throw new JsonException("A date interval needs both 'start' and 'end'.");
        }

        return Create(start.Value, end.Value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(StartName, LocalDateConverter.Pattern.Format(value.Start));
        writer.WriteString(EndName, LocalDateConverter.Pattern.Format(value.End));
        writer.WriteEndObject();
    }

    /// <summary>The interval, or a <see cref="JsonException"/> when the end is before the start.</summary>
    internal static DateInterval Create(LocalDate start, LocalDate end) =>
        end < start
            ? throw new JsonException($"The interval ends ({LocalDateConverter.Pattern.Format(end)}) before it starts ({LocalDateConverter.Pattern.Format(start)}).")
            : new DateInterval(start, end);
}
