using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO-8601 calendar date
/// (<c>yyyy-MM-dd</c>), strictly: any other text is an error naming the value. Kept here only until
/// the model's own converter is available; then this one goes.
/// </summary>
internal sealed class InstrumentsLocalDateConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date as a string \"yyyy-MM-dd\", found {reader.TokenType}.");
        }

        var text = reader.GetString() ?? string.Empty;
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a date in the form yyyy-MM-dd.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
