using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// The JSON Schema (draft 2020-12) of the model file format, generated with the BCL's
/// <see cref="JsonSchemaExporter"/> from the same contract that reads and writes files, so the two
/// cannot drift apart. The schema describes the shape; the reader also checks what a schema cannot
/// (unique ids, resolvable references).
/// </summary>
public static class ModelJsonSchema
{
    /// <summary>The schema as indented JSON text with "\n" line endings, ending with a newline.</summary>
    public static string Generate()
    {
        var options = ModelJsonContract.Options(ModelReadOptions.Default.MaxDepth);
        var schema = Node(options, typeof(WijkaanpakModel)).AsObject();
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.Insert(1, "title", $"Wijkaanpak model, format version {ModelJson.FormatVersion}");
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n", IndentSize = 2 }) + "\n";
    }

    private static JsonNode Node(JsonSerializerOptions options, Type type)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var info = context.TypeInfo;
                if (context.PropertyInfo?.Name == ModelJsonContract.FormatVersionName)
                {
                    return new JsonObject { ["const"] = ModelJson.FormatVersion };
                }

                if (ModelJsonContract.IsEquatableArray(info.Type))
                {
                    return new JsonObject { ["type"] = "array", ["items"] = Node(options, info.Type.GetGenericArguments()[0]) };
                }

                var converted = Nullable.GetUnderlyingType(info.Type) is { } underlying ? options.GetTypeInfo(underlying).Converter : info.Converter;
                if (converted is IPlaceholderConverter converter)
                {
                    return JsonNode.Parse(converter.Schema)!;
                }

                if (info.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object && node is JsonObject o && !o.ContainsKey("additionalProperties"))
                {
                    o["additionalProperties"] = false;
                }

                return node;
            },
        };
        return options.GetJsonSchemaAsNode(type, exporter);
    }
}
