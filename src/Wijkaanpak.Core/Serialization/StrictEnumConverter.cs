using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// Reads and writes an enum value as its camelCase name (<c>HigherIsBetter</c> → <c>"higherIsBetter"</c>).
/// Strict where the BCL converter is lenient: the name must match exactly (case-sensitive), and
/// numbers, lists and undefined values are refused.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>, IPlaceholderConverter
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The names the format accepts, in declaration order.</summary>
    internal static IReadOnlyList<string> AllowedNames { get; } = [.. Enum.GetValues<TEnum>().Distinct().Select(v => Names[v])];

    /// <summary>What a value must be, for error messages: "one of a, b, c".</summary>
    private static readonly string Expected = $"one of {string.Join(", ", AllowedNames)}";

    /// <summary>Reads an exact camelCase name.</summary>
    internal static bool TryParse(string text, out TEnum value) => Values.TryGetValue(text, out value);

    /// <summary>The camelCase name of a defined value.</summary>
    internal static string NameOf(TEnum value) => Names[value];

    /// <inheritdoc />
    public string Placeholder => $"\"{AllowedNames[0]}\"";

    /// <inheritdoc />
    public string Schema => $$"""{"enum":[{{string.Join(",", AllowedNames.Select(n => $"\"{n}\""))}}]}""";

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonTokens.ExpectString(ref reader, Expected);
        return Values.TryGetValue(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}: expected {Expected}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Names.TryGetValue(value, out var name)
            ? name
            : throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} and cannot be written."));
    }
}
