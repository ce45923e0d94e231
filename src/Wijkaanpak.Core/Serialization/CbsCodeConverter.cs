using System.Text.Json;
using System.Text.Json.Serialization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>Reads and writes a <see cref="CbsCode"/> as the string CBS writes (<c>GM0363</c>, <c>WK036300</c>, <c>BU03630000</c>); anything else is refused.</summary>
internal sealed class CbsCodeConverter : JsonConverter<CbsCode>, IPlaceholderConverter
{
    /// <inheritdoc />
    public string Placeholder => "\"GM0000\"";

    /// <inheritdoc />
    public string Schema => """{"type":"string","pattern":"^(GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})$"}""";

    /// <inheritdoc />
    public override CbsCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonTokens.ExpectString(ref reader, "a CBS code");
        return CbsCode.TryParse(text, out var code)
            ? code
            : throw new JsonException($"'{text}' is not a CBS code: expected GM + 4 digits, WK + 6 digits or BU + 8 digits (e.g. GM0363, WK036300, BU03630000).");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CbsCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
