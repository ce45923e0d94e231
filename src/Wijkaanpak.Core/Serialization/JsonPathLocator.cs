using System.Text.Json;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// Finds where in a well-formed JSON document the paths of problems found on the built model are,
/// so integrity problems (duplicate ids, dangling references) carry a line and column too.
/// A path that is not in the document (a missing value) is placed at its nearest enclosing value.
/// </summary>
internal static class JsonPathLocator
{
    /// <summary>The problems with <see cref="ModelProblem.Line"/> and <see cref="ModelProblem.Column"/> filled in where their path is found.</summary>
    public static IReadOnlyList<ModelProblem> Locate(ReadOnlyMemory<byte> utf8, LineMap lines, IReadOnlyList<ModelProblem> problems, int maxDepth)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            for (var path = problem.Path; path.Length > 0; path = Parent(path))
            {
                wanted.Add(path);
            }
        }

        var found = Walk(utf8, wanted, maxDepth);
        return [.. problems.Select(p => Place(p, found, lines))];
    }

    private static ModelProblem Place(ModelProblem problem, Dictionary<string, long> found, LineMap lines)
    {
        for (var path = problem.Path; path.Length > 0; path = Parent(path))
        {
            if (found.TryGetValue(path, out var offset))
            {
                var (line, column) = lines.Position(offset);
                return problem with { Line = line, Column = column };
            }
        }

        return problem;
    }

    /// <summary>The path of the value that encloses <paramref name="path"/>, or empty for the root.</summary>
    internal static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private static Dictionary<string, long> Walk(ReadOnlyMemory<byte> utf8, HashSet<string> wanted, int maxDepth)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = maxDepth });
        var frames = new Stack<Frame>();
        var pending = "$";
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pending = frames.Peek().Path + "." + NameOf(ref reader);
                    Record(pending, reader.TokenStartIndex);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = NextValuePath();
                    Record(path, reader.TokenStartIndex);
                    frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                default:
                    Record(NextValuePath(), reader.TokenStartIndex);
                    break;
            }
        }

        return found;

        string NextValuePath()
        {
            if (frames.Count == 0)
            {
                return "$";
            }

            var top = frames.Peek();
            return top.IsArray ? $"{top.Path}[{top.NextIndex++}]" : pending;
        }

        void Record(string path, long offset)
        {
            if (wanted.Contains(path))
            {
                found.TryAdd(path, offset);
            }
        }
    }

    /// <summary>The property name, or empty when it is not valid UTF-8 (the validator reports that itself).</summary>
    private static string NameOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return string.Empty;
        }
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }
}
