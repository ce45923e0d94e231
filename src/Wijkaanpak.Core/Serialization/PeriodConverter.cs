using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// Reads and writes a <see cref="Period"/> (a frequency or interval, e.g. <c>P1Y</c>, <c>P3M</c>, <c>P2W</c>)
/// as an ISO-8601 duration string. Units are kept as written (<c>P12M</c> stays <c>P12M</c>), so a
/// period reads back equal to the one written. Only calendar units within
/// <see cref="ModelRanges.MaxPeriodYears"/> years are accepted (<see cref="ModelRanges.IsSupported(Period)"/>).
/// </summary>
internal sealed class PeriodConverter : JsonConverter<Period>, IPlaceholderConverter
{
    /// <inheritdoc />
    public string Placeholder => "\"P1D\"";

    /// <inheritdoc />
    public string Schema => """{"type":"string","pattern":"^P","description":"ISO-8601 period, e.g. P1Y, P3M, P2W, P10D"}""";

    /// <inheritdoc />
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(JsonTokens.ExpectString(ref reader, "a period (ISO-8601, e.g. P1Y or P3M)"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(PeriodPattern.Roundtrip.Format(value));
    }

    /// <summary>Parses a period strictly, or throws a <see cref="JsonException"/> saying what was expected.</summary>
    internal static Period Parse(string text)
    {
        var result = text.StartsWith('P') ? PeriodPattern.Roundtrip.Parse(text) : null;
        if (result is not { Success: true })
        {
            throw new JsonException($"'{text}' is not a period: expected ISO-8601 such as P1Y, P3M, P2W or P10D.");
        }

        return ModelRanges.IsSupported(result.Value) ? result.Value : throw new JsonException(ModelRanges.PeriodMessage(result.Value));
    }
}
