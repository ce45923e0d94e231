using System.Text.Json.Nodes;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tests.Serialization;

public class ModelJsonSchemaTests
{
    private const string SchemaFile = "docs/schema/wijkaanpak.schema.json";

    [Fact]
    public void The_committed_schema_is_the_generated_one()
    {
        var generated = ModelJsonSchema.Generate();
        var path = RepositoryFiles.PathOf(SchemaFile);
        if (Environment.GetEnvironmentVariable("WIJKAANPAK_UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        Assert.True(
            File.Exists(path) && File.ReadAllText(path) == generated,
            $"{SchemaFile} differs from the generated schema; run the schema test with WIJKAANPAK_UPDATE_SCHEMA=1 to rewrite it.");
    }

    [Fact]
    public void The_schema_requires_the_format_version_and_refuses_unknown_properties()
    {
        var schema = JsonNode.Parse(ModelJsonSchema.Generate())!;

        Assert.Equal(1, schema["properties"]!["formatVersion"]!["const"]!.GetValue<int>());
        Assert.Contains("formatVersion", schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void The_schema_describes_dates_enums_and_ids_as_strings()
    {
        var areas = JsonNode.Parse(ModelJsonSchema.Generate())!["properties"]!["areas"]!["items"]!["properties"]!;

        Assert.Equal("string", areas["id"]!["type"]!.GetValue<string>());
        Assert.Contains("buurt", areas["level"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.StartsWith("^(GM", areas["cbsCode"]!["pattern"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
