using System.Text.Json;
using System.Text.Json.Serialization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>Makes an <see cref="EquatableArrayConverter{T}"/> for every <see cref="EquatableArray{T}"/> of the model.</summary>
internal sealed class EquatableArrayConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableArray<>);
    }

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return (JsonConverter?)Activator.CreateInstance(typeof(EquatableArrayConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]));
    }
}
