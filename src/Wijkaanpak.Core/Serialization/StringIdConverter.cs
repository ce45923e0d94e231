using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// Reads and writes a strongly typed id as the plain string the author chose (<c>"overvecht"</c>),
/// never as an object. Also used for ids as property names would be, but the format has none.
/// </summary>
/// <typeparam name="TId">The id type.</typeparam>
/// <param name="create">Makes an id from its text.</param>
/// <param name="value">The text of an id.</param>
internal abstract class StringIdConverter<TId>(Func<string, TId> create, Func<TId, string> value) : JsonConverter<TId>, IPlaceholderConverter
{
    /// <inheritdoc />
    public string Placeholder => "\"\"";

    /// <inheritdoc />
    public string Schema => """{"type":"string","minLength":1}""";

    /// <inheritdoc />
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        create(JsonTokens.ExpectString(ref reader, "an id"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TId value1, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value(value1) ?? string.Empty);
    }
}
