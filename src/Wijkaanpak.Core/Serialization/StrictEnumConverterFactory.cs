using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkaanpak.Core.Serialization;

/// <summary>Makes a <see cref="StrictEnumConverter{TEnum}"/> for every enum of the model, so a new enum needs no registration.</summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsEnum;
    }

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert));
}
