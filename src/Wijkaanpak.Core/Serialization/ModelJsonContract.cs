using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// The serializer options of the format: the source-generated context plus two contract rules that
/// attributes cannot say — the top-level <c>formatVersion</c> and omitting empty lists on write.
/// </summary>
internal static class ModelJsonContract
{
    /// <summary>The JSON name of the format version at the top of every model file.</summary>
    public const string FormatVersionName = "formatVersion";

    private static readonly ConcurrentDictionary<int, JsonSerializerOptions> ByDepth = new();

    /// <summary>Options for reading and writing, with the given maximum depth.</summary>
    public static JsonSerializerOptions Options(int maxDepth) => ByDepth.GetOrAdd(maxDepth, Create);

    /// <summary>The metadata of the root type under <paramref name="options"/>.</summary>
    public static JsonTypeInfo<WijkaanpakModel> Root(JsonSerializerOptions options) =>
        (JsonTypeInfo<WijkaanpakModel>)options.GetTypeInfo(typeof(WijkaanpakModel));

    private static JsonSerializerOptions Create(int maxDepth)
    {
        var options = new JsonSerializerOptions(ModelJsonContext.Default.Options)
        {
            MaxDepth = maxDepth,
            TypeInfoResolver = ModelJsonContext.Default.WithAddedModifier(Modify),
        };
        options.MakeReadOnly();
        return options;
    }

    private static void Modify(JsonTypeInfo info)
    {
        var defaults = info.Kind == JsonTypeInfoKind.Object ? DefaultInstance(info.Type) : null;
        foreach (var property in info.Properties)
        {
            if (IsEquatableArray(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is IEnumerable items && items.GetEnumerator().MoveNext();
            }

            if (defaults is not null && property.Get is { } get && !Equals(get(defaults), DefaultOf(property.PropertyType)))
            {
                property.IsRequired = true;
            }
        }

        if (info.Type == typeof(WijkaanpakModel))
        {
            info.Properties.Insert(0, FormatVersion(info));
        }
    }

    /// <summary>
    /// An instance of a model record made by its parameterless constructor, so property initializers
    /// have run. The generated deserializer cannot keep an initializer's value for an absent member
    /// (it passes the type's default), so a member whose initializer differs from its type's default
    /// (<see cref="StakeholderRelation.Weight"/> = 1, <see cref="WijkaanpakModel.TheoryOfChange"/>) is
    /// required in the file: it is never silently read as 0 or null. Writing always includes it.
    /// </summary>
    private static object? DefaultInstance(Type type) =>
        type.Namespace == typeof(WijkaanpakModel).Namespace && type.GetConstructor(Type.EmptyTypes) is { } constructor
            ? constructor.Invoke(null)
            : null;

    private static object? DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    private static JsonPropertyInfo FormatVersion(JsonTypeInfo info)
    {
        var version = info.CreateJsonPropertyInfo(typeof(int), FormatVersionName);
        version.IsRequired = true;
        version.Get = static _ => ModelJson.FormatVersion;
        version.Set = static (_, value) =>
        {
            if (value is not ModelJson.FormatVersion)
            {
                throw new JsonException($"Format version {value} is not supported: this library reads format version {ModelJson.FormatVersion}.");
            }
        };
        return version;
    }

    /// <summary>Whether <paramref name="type"/> is an <see cref="EquatableArray{T}"/>.</summary>
    internal static bool IsEquatableArray(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>);
}
