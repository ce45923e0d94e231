using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Generators;

namespace Wijkaanpak.Core.Tests.Serialization;

public class ModelJsonPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(100);

    [Fact]
    public void Generated_models_are_valid()
    {
        Check.One(Runs, Prop.ForAll(ModelGenerators.Models(), c => ModelIntegrity.Check(c.Model).Count == 0));
    }

    [Fact]
    public void Write_read_write_is_byte_identical()
    {
        Check.One(Runs, Prop.ForAll(ModelGenerators.Models(), c =>
        {
            var first = Write(c.Model);
            using var stream = new MemoryStream(first);
            return first.AsSpan().SequenceEqual(Write(ModelJson.Read(stream)));
        }));
    }

    [Fact]
    public void Reading_a_written_model_gives_an_equal_model()
    {
        Check.One(Runs, Prop.ForAll(ModelGenerators.Models(), c => ModelJson.ReadFromString(ModelJson.WriteToString(c.Model)) == c.Model));
    }

    [Fact]
    public void A_deleted_id_is_refused()
    {
        RefusedAfter(node =>
        {
            var withIds = Objects(node).Where(o => o.ContainsKey("id")).ToList();
            Remove(withIds.Count > 0 ? Pick(withIds, node) : node.AsObject(), withIds.Count > 0 ? "id" : "name");
        });
    }

    [Fact]
    public void A_deleted_format_version_or_name_is_refused()
    {
        RefusedAfter(node => Remove(node.AsObject(), node.GetHashCode() % 2 == 0 ? "formatVersion" : "name"));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused()
    {
        RefusedAfter(node =>
        {
            var (owner, name) = Pick(Objects(node).SelectMany(o => o.Select(p => (o, p.Key))), node);
            owner[name] = owner[name]?.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.String => JsonValue.Create(12345),
                System.Text.Json.JsonValueKind.Object => new JsonArray(),
                _ => JsonValue.Create("not this kind"),
            };
        });
    }

    [Fact]
    public void A_dangling_reference_is_refused()
    {
        RefusedAfter(node =>
        {
            var references = Objects(node).SelectMany(o => o.Where(p => p.Key.EndsWith("Id", StringComparison.Ordinal) || p.Key == "from" || p.Key == "to").Select(p => (o, p.Key))).ToList();
            var (owner, name) = references.Count > 0 ? Pick(references, node) : (node.AsObject(), "formatVersion");
            owner[name] = "no-such-element";
        });
    }

    [Fact]
    public void A_duplicate_id_is_refused()
    {
        RefusedAfter(node =>
        {
            var withIds = Objects(node).Where(o => o.ContainsKey("id") && o.Parent is JsonArray).ToList();
            if (withIds.Count == 0)
            {
                Remove(node.AsObject(), "name");
                return;
            }

            var element = Pick(withIds, node);
            ((JsonArray)element.Parent!).Add(element.DeepClone());
        });
    }

    [Fact]
    public void A_truncated_file_is_refused()
    {
        Check.One(Runs, Prop.ForAll(ModelGenerators.Models(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (c, cut) =>
        {
            var bytes = Write(c.Model);
            return Refused(bytes[..(cut % (bytes.Length - 2))]);
        }));
    }

    [Fact]
    public void Random_bytes_are_refused()
    {
        Check.One(Runs, Prop.ForAll(Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().ToArbitrary(), bytes => Refused(bytes)));
    }

    [Fact]
    public void A_file_with_flipped_bytes_either_reads_or_is_refused_with_our_exception()
    {
        Check.One(Runs, Prop.ForAll(ModelGenerators.Models(), Gen.Choose(0, int.MaxValue).Two().ArrayOf().ToArbitrary(), (c, flips) =>
        {
            var bytes = Write(c.Model);
            foreach (var (at, value) in flips)
            {
                bytes[at % bytes.Length] = (byte)value;
            }

            try
            {
                using var stream = new MemoryStream(bytes);
                ModelJson.Read(stream);
                return true;
            }
            catch (WijkaanpakModelException e)
            {
                return e.Problems.Count > 0;
            }
        }));
    }

    private static void RefusedAfter(Action<JsonNode> mutate)
    {
        Check.One(Runs, Prop.ForAll(ModelGenerators.Models(), c =>
        {
            var node = JsonNode.Parse(Write(c.Model))!;
            mutate(node);
            return Refused(Encoding.UTF8.GetBytes(node.ToJsonString()));
        }));
    }

    private static bool Refused(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            ModelJson.Read(stream);
            return false;
        }
        catch (WijkaanpakModelException e)
        {
            return e.Problems.Count > 0 && e.Problems.All(p => p.Line is not null);
        }
    }

    private static byte[] Write(WijkaanpakModel model)
    {
        using var stream = new MemoryStream();
        ModelJson.Write(model, stream);
        return stream.ToArray();
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        var stack = new Stack<JsonNode>([node]);
        while (stack.TryPop(out var current))
        {
            switch (current)
            {
                case JsonObject o:
                    yield return o;
                    foreach (var (_, child) in o)
                    {
                        if (child is not null)
                        {
                            stack.Push(child);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        if (child is not null)
                        {
                            stack.Push(child);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>A deterministic choice among <paramref name="items"/>, varied by the document's size.</summary>
    private static T Pick<T>(IEnumerable<T> items, JsonNode node)
    {
        var list = items.ToList();
        return list[node.ToJsonString().Length % list.Count];
    }

    private static void Remove(JsonObject owner, string name) => owner.Remove(name);
}
