using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wijkaanpak.Core.Tests.Fuzzing;

/// <summary>
/// Structure-aware mutations of a model file, as a hostile or careless author would make them:
/// delete, duplicate, retype or null a value, put an extreme or hostile value in its place, and
/// byte-level damage (truncation, flipped bytes, a byte-order mark, deep nesting, a duplicated
/// property). Every mutation is determined by the <see cref="Random"/> it is given.
/// </summary>
internal static class ModelMutator
{
    /// <summary>Values that computations and writers must survive: extremes, time-of-day periods, hostile text.</summary>
    private static readonly JsonNode?[] Extremes =
    [
        null, 0, -1, 1, -0.0, 1e308, -1e308, 1.797e308, 5e-324, 4.9e-324, 2147483647, -2147483648, 9007199254740993, 1e15, 1e16,
        99999999999, 79228162514264337593543950335m, "", " ", "\t", "x", new string('w', 5000), "9999-12-31", "0001-01-01", "0000-01-01",
        "1800-01-01", "2200-12-31", "2024-02-30", "P999999999Y", "P99999Y", "PT1H", "P0D", "-P1Y", "P1Y-1M", "P1000000D", "P1Y2M3W4DT5H",
        "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "%%{init: {'theme':'dark'}}%%",
        "a\n\n# Kop\n\n[klik](javascript:alert(1))", "<script>alert(1)</script>", "]]>\"'&<", "\u202Eevil", "\0", "\uFFFF", "😀",
        true, false,
    ];

    /// <summary>The kinds of mutation, one drawn per mutated input.</summary>
    private static readonly string[] StructuralKinds =
        ["delete", "duplicate", "retype", "null", "extreme", "extreme", "swap-id", "number-edge", "date-edge", "empty-array"];

    private static readonly string[] ByteKinds = ["truncate", "flip", "bom", "nest", "duplicate-property"];

    /// <summary>
    /// One mutated copy of <paramref name="utf8"/> and a short description of what was done, for the
    /// failure report: one to three changes to the document's values, or damage to its bytes, or both.
    /// </summary>
    public static (byte[] Bytes, string What) Mutate(byte[] utf8, Random random)
    {
        if (random.Next(3) == 0)
        {
            return Damage(utf8, random);
        }

        var root = JsonNode.Parse(utf8)!;
        var changes = random.Next(4) == 0 ? 2 + random.Next(2) : 1;
        var what = string.Join("; ", Enumerable.Range(0, changes).Select(_ => Change(root, random)));
        var bytes = Encoding.UTF8.GetBytes(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        if (random.Next(5) == 0)
        {
            var (damaged, how) = Damage(bytes, random);
            return (damaged, what + "; " + how);
        }

        return (bytes, what);
    }

    private static (byte[] Bytes, string What) Damage(byte[] utf8, Random random)
    {
        switch (ByteKinds[random.Next(ByteKinds.Length)])
        {
            case "truncate":
                var cut = random.Next(utf8.Length);
                return (utf8[..cut], $"truncate at {cut}");
            case "flip":
                var flipped = (byte[])utf8.Clone();
                var flips = 1 + random.Next(4);
                var at = new List<int>();
                for (var i = 0; i < flips; i++)
                {
                    var position = random.Next(flipped.Length);
                    flipped[position] ^= (byte)(1 << random.Next(8));
                    at.Add(position);
                }

                return (flipped, $"flip bytes at {string.Join(",", at)}");
            case "bom":
                return ([0xEF, 0xBB, 0xBF, .. utf8], "byte-order mark");
            case "nest":
                var depth = random.Next(2) == 0 ? 70 : 5000;
                var nested = Encoding.UTF8.GetString(utf8);
                var open = nested.IndexOf("\"name\":", StringComparison.Ordinal);
                if (open < 0)
                {
                    return (utf8, "nest (no name)");
                }

                var value = nested.IndexOf(',', open);
                var text = nested[..(open + 7)] + new string('[', depth) + "1" + new string(']', depth) + nested[value..];
                return (Encoding.UTF8.GetBytes(text), $"nest {depth} deep");
            case "duplicate-property":
                var source = Encoding.UTF8.GetString(utf8);
                var lines = source.Split('\n');
                var line = random.Next(lines.Length);
                if (!lines[line].TrimEnd().EndsWith(',') || !lines[line].Contains("\":", StringComparison.Ordinal))
                {
                    return (utf8, "duplicate-property (no line)");
                }

                var copies = random.Next(3) == 0 ? 200 : 1;
                var repeated = string.Concat(Enumerable.Repeat(lines[line] + "\n", copies));
                lines[line] = repeated + lines[line];
                return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), $"duplicate property on line {line + 1} × {copies}");
            default:
                throw new InvalidOperationException("Unknown kind of damage.");
        }
    }

    /// <summary>Applies one change to a value of the document and says what it was.</summary>
    private static string Change(JsonNode root, Random random)
    {
        var nodes = new List<(JsonNode? Node, JsonNode Parent, string Path)>();
        Collect(root, "$", nodes);
        if (nodes.Count == 0)
        {
            return "nothing to change";
        }

        var (node, parent, path) = nodes[random.Next(nodes.Count)];
        string what;
        switch (StructuralKinds[random.Next(StructuralKinds.Length)])
        {
            case "delete":
                Remove(parent, node);
                what = $"delete {path}";
                break;
            case "duplicate":
                if (parent is JsonArray array)
                {
                    var copies = random.Next(3) == 0 ? 50 : 1;
                    for (var i = 0; i < copies; i++)
                    {
                        array.Add(node?.DeepClone());
                    }

                    what = $"duplicate {path} × {copies}";
                }
                else
                {
                    Replace(parent, node, node?.DeepClone());
                    what = $"duplicate (object) {path}";
                }

                break;
            case "retype":
                var retyped = node switch
                {
                    JsonObject => (JsonNode)new JsonArray(),
                    JsonArray => new JsonObject(),
                    JsonValue v when v.GetValueKind() == JsonValueKind.String => 1,
                    _ => "1",
                };
                Replace(parent, node, retyped);
                what = $"retype {path}";
                break;
            case "null":
                Replace(parent, node, null);
                what = $"null at {path}";
                break;
            case "swap-id":
                var strings = nodes.Where(n => n.Node is JsonValue v && v.GetValueKind() == JsonValueKind.String && n.Path.EndsWith("id", StringComparison.OrdinalIgnoreCase) || n.Path.EndsWith("Id", StringComparison.Ordinal)).ToList();
                if (strings.Count < 2)
                {
                    return "swap-id (none)";
                }

                var (target, targetParent, targetPath) = strings[random.Next(strings.Count)];
                var (other, _, otherPath) = strings[random.Next(strings.Count)];
                Replace(targetParent, target, other?.DeepClone() ?? "x");
                what = $"id at {targetPath} set to that of {otherPath}";
                break;
            case "number-edge":
                var numbers = nodes.Where(n => n.Node is JsonValue v && v.GetValueKind() == JsonValueKind.Number).ToList();
                if (numbers.Count == 0)
                {
                    return "number-edge (none)";
                }

                var (number, numberParent, numberPath) = numbers[random.Next(numbers.Count)];
                var edge = Extremes[random.Next(17)];
                Replace(numberParent, number, edge?.DeepClone());
                what = $"number at {numberPath} set to {edge?.ToJsonString() ?? "null"}";
                break;
            case "date-edge":
                var dates = nodes.Where(n => n.Node is JsonValue v && v.GetValueKind() == JsonValueKind.String && IsDateOrPeriod(v.GetValue<string>())).ToList();
                if (dates.Count == 0)
                {
                    return "date-edge (none)";
                }

                var (date, dateParent, datePath) = dates[random.Next(dates.Count)];
                var replacement = Extremes[22 + random.Next(14)];
                Replace(dateParent, date, replacement?.DeepClone());
                what = $"date or period at {datePath} set to {replacement?.ToJsonString()}";
                break;
            case "empty-array":
                var arrays = nodes.Where(n => n.Node is JsonArray).ToList();
                if (arrays.Count == 0)
                {
                    return "empty-array (none)";
                }

                var (emptied, _, emptiedPath) = arrays[random.Next(arrays.Count)];
                ((JsonArray)emptied!).Clear();
                what = $"empty {emptiedPath}";
                break;
            default:
                var extreme = Extremes[random.Next(Extremes.Length)];
                Replace(parent, node, extreme?.DeepClone());
                what = $"{path} set to {extreme?.ToJsonString() ?? "null"}";
                break;
        }

        return what;
    }

    private static bool IsDateOrPeriod(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-' || text.Length > 1 && text[0] == 'P' && char.IsAsciiDigit(text[1]);

    private static void Collect(JsonNode? node, string path, List<(JsonNode? Node, JsonNode Parent, string Path)> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    into.Add((child, obj, $"{path}.{name}"));
                    Collect(child, $"{path}.{name}", into);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    into.Add((array[i], array, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")));
                    Collect(array[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), into);
                }

                break;
        }
    }

    private static void Remove(JsonNode parent, JsonNode? node)
    {
        if (parent is JsonObject obj)
        {
            obj.Remove(obj.First(p => ReferenceEquals(p.Value, node)).Key);
        }
        else if (parent is JsonArray array)
        {
            array.RemoveAt(IndexOf(array, node));
        }
    }

    private static void Replace(JsonNode parent, JsonNode? node, JsonNode? replacement)
    {
        if (parent is JsonObject obj)
        {
            obj[obj.First(p => ReferenceEquals(p.Value, node)).Key] = replacement;
        }
        else if (parent is JsonArray array)
        {
            array[IndexOf(array, node)] = replacement;
        }
    }

    private static int IndexOf(JsonArray array, JsonNode? node)
    {
        for (var i = 0; i < array.Count; i++)
        {
            if (ReferenceEquals(array[i], node))
            {
                return i;
            }
        }

        throw new InvalidOperationException("The node is not in its parent.");
    }
}
