using System.Text.Json;

namespace Wijkaanpak.Core.Serialization;

/// <summary>Small strict helpers shared by the converters: what token was expected and what was found.</summary>
internal static class JsonTokens
{
    /// <summary>The current string token's text, or a <see cref="JsonException"/> naming <paramref name="expected"/>.</summary>
    public static string ExpectString(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected {expected} as a string, found {Describe(reader.TokenType)}.");

    /// <summary>A token type in words, for messages.</summary>
    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };
}
