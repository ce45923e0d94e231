using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>Reads and writes an <see cref="EquatableArray{T}"/> as a JSON array of its elements, in order; no element may be null.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class EquatableArrayConverter<T> : JsonConverter<EquatableArray<T>>
{
    /// <inheritdoc />
    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array, found {JsonTokens.Describe(reader.TokenType)}.");
        }

        var converter = (JsonConverter<T>)Element(options).Converter;
        var items = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException("null is not allowed as an element of a list.");
            }

            items.Add(converter.Read(ref reader, typeof(T), options)!);
        }

        return new EquatableArray<T>(items.DrainToImmutable());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var element = Element(options);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, element);
        }

        writer.WriteEndArray();
    }

    private static JsonTypeInfo<T> Element(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
