using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// The complete check of a model file that failed the fast read: walks the document once, guided by
/// the serializer's own metadata (property names, types, required members) and converters, and
/// collects every structural problem — unknown or duplicate property, wrong type, missing required
/// value, null where none is allowed, a number that is not finite or out of range, an invalid date,
/// period, enum name or CBS code — each with its JSON path and position. Alongside it writes a
/// repaired copy with stand-in values (see <see cref="IPlaceholderConverter"/>) so the caller can
/// still check the integrity of everything else.
/// </summary>
internal sealed class ModelJsonValidator
{
    private const string FormatVersionPath = "$." + ModelJsonContract.FormatVersionName;

    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly JsonSerializerOptions _options;
    private readonly LineMap _lines;
    private readonly List<ModelProblem> _problems = [];
    private readonly Dictionary<Type, Dictionary<string, JsonPropertyInfo>> _properties = [];
    private readonly ArrayBufferWriter<byte> _repaired = new();

    private ModelJsonValidator(ReadOnlyMemory<byte> utf8, JsonSerializerOptions options, LineMap lines)
    {
        _utf8 = utf8;
        _options = options;
        _lines = lines;
    }

    /// <summary>The structural problems of <paramref name="utf8"/>, and a repaired document when the JSON syntax itself was sound.</summary>
    public static (IReadOnlyList<ModelProblem> Problems, ReadOnlyMemory<byte>? Repaired) Check(ReadOnlyMemory<byte> utf8, JsonSerializerOptions options, LineMap lines)
    {
        var validator = new ModelJsonValidator(utf8, options, lines);
        var sound = validator.Run();
        return (validator._problems, sound ? validator._repaired.WrittenMemory : null);
    }

    private bool Run()
    {
        var reader = new Utf8JsonReader(_utf8.Span, new JsonReaderOptions { MaxDepth = _options.MaxDepth });
        using var writer = new Utf8JsonWriter(_repaired, new JsonWriterOptions { SkipValidation = true });
        try
        {
            if (!reader.Read())
            {
                Add("$", 0, "The document is empty; expected a model object.");
                return false;
            }

            Value(ref reader, writer, _options.GetTypeInfo(typeof(WijkaanpakModel)), "$", nullable: false);
            if (reader.Read())
            {
                Add("$", reader.TokenStartIndex, "Unexpected content after the model object.");
            }

            return true;
        }
        catch (JsonException e)
        {
            _problems.Add(new ModelProblem(e.Path ?? "$", SyntaxMessage(e)) { Line = e.LineNumber + 1, Column = e.BytePositionInLine + 1 });
            return false;
        }
    }

    private void Value(ref Utf8JsonReader reader, Utf8JsonWriter writer, JsonTypeInfo info, string path, bool nullable)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            if (!nullable)
            {
                Add(path, reader.TokenStartIndex, $"null is not allowed here; expected {Expected(info)}.");
                Placeholder(writer, info);
                return;
            }

            writer.WriteNullValue();
            return;
        }

        var type = info.Type;
        if (ModelJsonContract.IsEquatableArray(type))
        {
            Array(ref reader, writer, _options.GetTypeInfo(type.GetGenericArguments()[0]), path);
        }
        else if (info.Kind == JsonTypeInfoKind.Object)
        {
            Object(ref reader, writer, info, path);
        }
        else if (info.Converter is IPlaceholderConverter)
        {
            Converted(ref reader, writer, info, path);
        }
        else
        {
            Primitive(ref reader, writer, info, path);
        }
    }

    private void Object(ref Utf8JsonReader reader, Utf8JsonWriter writer, JsonTypeInfo info, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Mismatch(ref reader, writer, info, path);
            return;
        }

        var start = reader.TokenStartIndex;
        var properties = PropertiesOf(info);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        writer.WriteStartObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = reader.TokenStartIndex;
            var name = Text(ref reader, path) ?? string.Empty;
            var childPath = path + "." + name;
            reader.Read();
            if (!properties.TryGetValue(name, out var property))
            {
                Add(childPath, nameStart, $"Unknown property '{name}'; {Describe(info)} has {string.Join(", ", properties.Keys)}.");
                reader.Skip();
            }
            else if (!seen.Add(name))
            {
                Add(childPath, nameStart, $"Property '{name}' appears more than once.");
                reader.Skip();
            }
            else
            {
                writer.WritePropertyName(name);
                Value(ref reader, writer, ElementInfo(property.PropertyType), childPath, nullable: !property.IsRequired && property.IsSetNullable);
            }
        }

        foreach (var property in properties.Values)
        {
            if (property.IsRequired && !seen.Contains(property.Name))
            {
                Add(path + "." + property.Name, start, $"The required value '{property.Name}' of {Describe(info)} is missing.");
                writer.WritePropertyName(property.Name);
                Placeholder(writer, property);
            }
        }

        writer.WriteEndObject();
    }

    private void Array(ref Utf8JsonReader reader, Utf8JsonWriter writer, JsonTypeInfo element, string path)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Add(path, reader.TokenStartIndex, $"Expected an array, found {JsonTokens.Describe(reader.TokenType)}.");
            reader.Skip();
            writer.WriteStartArray();
            writer.WriteEndArray();
            return;
        }

        writer.WriteStartArray();
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            Value(ref reader, writer, element, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), nullable: false);
        }

        writer.WriteEndArray();
    }

    private void Converted(ref Utf8JsonReader reader, Utf8JsonWriter writer, JsonTypeInfo info, string path)
    {
        if (info.Type == typeof(NodaTime.DateInterval) && reader.TokenType == JsonTokenType.StartObject)
        {
            Interval(ref reader, writer, info, path);
            return;
        }

        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        var value = _utf8.Span[start..(int)reader.BytesConsumed];
        try
        {
            JsonSerializer.Deserialize(value, info);
            writer.WriteRawValue(value, skipInputValidation: true);
        }
        catch (JsonException e)
        {
            Add(path, start, e.Message);
            Placeholder(writer, info);
        }
        catch (InvalidOperationException)
        {
            Add(path, start, "The text is not valid UTF-8.");
            Placeholder(writer, info);
        }
    }

    /// <summary>A date interval, each problem placed at the date it is about (<c>$.horizon.start</c>), not at the interval.</summary>
    private void Interval(ref Utf8JsonReader reader, Utf8JsonWriter writer, JsonTypeInfo info, string path)
    {
        var objectStart = reader.TokenStartIndex;
        NodaTime.LocalDate? start = null;
        NodaTime.LocalDate? end = null;
        var sound = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = reader.TokenStartIndex;
            var name = Text(ref reader, path) ?? string.Empty;
            var childPath = path + "." + name;
            reader.Read();
            var valueStart = reader.TokenStartIndex;
            if (name is not (DateIntervalConverter.StartName or DateIntervalConverter.EndName))
            {
                Add(childPath, nameStart, $"A date interval has only '{DateIntervalConverter.StartName}' and '{DateIntervalConverter.EndName}', not '{name}'.");
                reader.Skip();
                sound = false;
                continue;
            }

            if ((name == DateIntervalConverter.StartName ? start : end) is not null)
            {
                Add(childPath, nameStart, $"Property '{name}' appears more than once.");
                reader.Skip();
                sound = false;
                continue;
            }

            NodaTime.LocalDate? date = null;
            try
            {
                date = LocalDateConverter.Parse(JsonTokens.ExpectString(ref reader, "a date (yyyy-MM-dd)"));
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                Add(childPath, valueStart, e is JsonException ? e.Message : "The text is not valid UTF-8.");
                reader.Skip();
                sound = false;
            }

            if (name == DateIntervalConverter.StartName)
            {
                start = date ?? start ?? default(NodaTime.LocalDate);
            }
            else
            {
                end = date ?? end ?? default(NodaTime.LocalDate);
            }
        }

        foreach (var (name, value) in new[] { (DateIntervalConverter.StartName, start), (DateIntervalConverter.EndName, end) })
        {
            if (value is null)
            {
                Add(path + "." + name, objectStart, $"The required value '{name}' of a date interval is missing.");
                sound = false;
            }
        }

        if (sound && end < start)
        {
            Add(path + "." + DateIntervalConverter.EndName, objectStart, $"The interval ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}).");
            sound = false;
        }

        if (sound)
        {
            writer.WriteRawValue(_utf8.Span[(int)objectStart..(int)reader.BytesConsumed], skipInputValidation: true);
        }
        else
        {
            Placeholder(writer, info);
        }
    }

    private void Primitive(ref Utf8JsonReader reader, Utf8JsonWriter writer, JsonTypeInfo info, string path)
    {
        var type = info.Type;
        var start = reader.TokenStartIndex;
        var token = reader.TokenType;
        string? problem = null;
        if (type == typeof(string))
        {
            if (token == JsonTokenType.String)
            {
                if (Text(ref reader, path) is { } text)
                {
                    writer.WriteStringValue(text);
                }
                else
                {
                    Placeholder(writer, info);
                }

                return;
            }

            problem = Found("a string", token);
        }
        else if (type == typeof(bool))
        {
            problem = token is JsonTokenType.True or JsonTokenType.False ? null : Found("true or false", token);
        }
        else if (type == typeof(int))
        {
            problem = token != JsonTokenType.Number ? Found("a whole number", token)
                : !reader.TryGetInt32(out var number) ? $"{Raw(ref reader)} is not a whole number between {int.MinValue} and {int.MaxValue}."
                : path == FormatVersionPath && number != ModelJson.FormatVersion ? $"Format version {number} is not supported: this library reads format version {ModelJson.FormatVersion}."
                : null;
        }
        else if (type == typeof(double))
        {
            problem = token != JsonTokenType.Number ? Found("a number", token)
                : reader.TryGetDouble(out var d) && double.IsFinite(d) ? null : $"{Raw(ref reader)} is not a finite number.";
        }
        else if (type == typeof(decimal))
        {
            problem = token != JsonTokenType.Number ? Found("an amount", token)
                : reader.TryGetDecimal(out _) ? null : $"{Raw(ref reader)} is out of range for an amount.";
        }
        else
        {
            problem = $"Values of type {type.Name} are not part of the format.";
        }

        if (problem is null)
        {
            writer.WriteRawValue(_utf8.Span[(int)start..(int)reader.BytesConsumed], skipInputValidation: true);
            return;
        }

        Add(path, start, problem);
        reader.Skip();
        if (path == FormatVersionPath)
        {
            writer.WriteNumberValue(ModelJson.FormatVersion);
            return;
        }

        Placeholder(writer, info);
    }

    private void Mismatch(ref Utf8JsonReader reader, Utf8JsonWriter writer, JsonTypeInfo info, string path)
    {
        Add(path, reader.TokenStartIndex, Found(Expected(info), reader.TokenType));
        reader.Skip();
        Placeholder(writer, info);
    }

    private void Placeholder(Utf8JsonWriter writer, JsonPropertyInfo property)
    {
        if (property.Name == ModelJsonContract.FormatVersionName)
        {
            writer.WriteNumberValue(ModelJson.FormatVersion);
            return;
        }

        Placeholder(writer, ElementInfo(property.PropertyType));
    }

    private void Placeholder(Utf8JsonWriter writer, JsonTypeInfo info)
    {
        var type = info.Type;
        if (ModelJsonContract.IsEquatableArray(type))
        {
            writer.WriteStartArray();
            writer.WriteEndArray();
        }
        else if (info.Kind == JsonTypeInfoKind.Object)
        {
            writer.WriteStartObject();
            foreach (var property in PropertiesOf(info).Values.Where(p => p.IsRequired))
            {
                writer.WritePropertyName(property.Name);
                Placeholder(writer, property);
            }

            writer.WriteEndObject();
        }
        else if (info.Converter is IPlaceholderConverter converter)
        {
            writer.WriteRawValue(converter.Placeholder, skipInputValidation: true);
        }
        else if (type == typeof(string))
        {
            writer.WriteStringValue(string.Empty);
        }
        else if (type == typeof(bool))
        {
            writer.WriteBooleanValue(false);
        }
        else
        {
            writer.WriteNumberValue(0);
        }
    }

    private Dictionary<string, JsonPropertyInfo> PropertiesOf(JsonTypeInfo info)
    {
        if (!_properties.TryGetValue(info.Type, out var properties))
        {
            properties = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
            _properties[info.Type] = properties;
        }

        return properties;
    }

    private JsonTypeInfo ElementInfo(Type type) => _options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);

    private string? Text(ref Utf8JsonReader reader, string path)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            Add(path, reader.TokenStartIndex, "The text is not valid UTF-8.");
            return null;
        }
    }

    private string Raw(ref Utf8JsonReader reader) =>
        Encoding.UTF8.GetString(_utf8.Span[(int)reader.TokenStartIndex..(int)reader.BytesConsumed]);

    private static string Expected(JsonTypeInfo info) =>
        ModelJsonContract.IsEquatableArray(info.Type) ? "an array"
        : info.Kind == JsonTypeInfoKind.Object ? $"an object ({Describe(info)})"
        : info.Type == typeof(string) ? "a string"
        : info.Type == typeof(bool) ? "true or false"
        : info.Converter is IPlaceholderConverter ? $"a {info.Type.Name}"
        : "a number";

    private static string Describe(JsonTypeInfo info) => $"a {info.Type.Name}";

    private static string Found(string expected, JsonTokenType token) => $"Expected {expected}, found {JsonTokens.Describe(token)}.";

    private static string SyntaxMessage(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return "Not valid JSON: " + (cut > 0 ? message[..cut].TrimEnd(' ', '|', '.') + "." : message);
    }

    private void Add(string path, long offset, string message)
    {
        var (line, column) = _lines.Position(offset);
        _problems.Add(new ModelProblem(path, message) { Line = line, Column = column });
    }
}
