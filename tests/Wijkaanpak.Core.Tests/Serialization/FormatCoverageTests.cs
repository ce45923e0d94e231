using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tests.Serialization;

/// <summary>Guards that the JSON format keeps up with the model when records or ids are added.</summary>
public class FormatCoverageTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Options = ModelJsonContract.Options(64);

    private static IEnumerable<JsonTypeInfo> ReachableTypes()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([typeof(WijkaanpakModel)]);
        while (queue.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type))
            {
                continue;
            }

            var info = Options.GetTypeInfo(type);
            yield return info;
            if (ModelJsonContract.IsEquatableArray(type))
            {
                queue.Enqueue(type.GetGenericArguments()[0]);
            }

            foreach (var property in info.Properties)
            {
                queue.Enqueue(property.PropertyType);
            }
        }
    }

    [Fact]
    public void Every_public_property_of_every_model_record_is_in_the_format()
    {
        foreach (var info in ReachableTypes().Where(i => i.Kind == JsonTypeInfoKind.Object))
        {
            var expected = info.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite)
                .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
                .Order(StringComparer.Ordinal);
            var actual = info.Properties.Select(p => p.Name).Where(n => n != ModelJsonContract.FormatVersionName).Order(StringComparer.Ordinal);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Every_value_in_the_format_is_an_object_a_list_a_plain_json_value_or_has_a_strict_converter()
    {
        Type[] plain = [typeof(string), typeof(bool), typeof(int), typeof(double), typeof(decimal)];
        var unhandled = ReachableTypes()
            .Where(i => !(i.Kind == JsonTypeInfoKind.Object && i.Type.IsClass)
                && !ModelJsonContract.IsEquatableArray(i.Type)
                && !plain.Contains(i.Type)
                && i.Converter is not IPlaceholderConverter)
            .Select(i => i.Type.Name);

        Assert.Empty(unhandled);
    }

    [Fact]
    public void Every_type_of_the_model_namespace_with_a_public_property_is_reachable_from_the_root()
    {
        var reachable = ReachableTypes().Select(i => i.Type).ToHashSet();
        var records = typeof(WijkaanpakModel).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(WijkaanpakModel).Namespace && t.IsClass && t.IsSealed && !t.IsAbstract
                && t.GetMethod("<Clone>$") is not null && t != typeof(ModelSummary) && t != typeof(ModelProblem))
            .Where(t => !reachable.Contains(t))
            .Select(t => t.Name);

        Assert.Empty(records);
    }
}
