using System.Text.Json;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// Finds where in a well-formed JSON document the paths of problems found on the built model are,
/// so integrity problems (duplicate ids, dangling references) and validation findings carry a
/// line and column too. A path that is not in the document (a missing value) is placed at its
/// nearest enclosing value. Only the values on the way to a wanted path are walked; every other
/// object or array is skipped whole.
/// </summary>
internal static class JsonPathLocator
{
    /// <summary>The problems with <see cref="ModelProblem.Line"/> and <see cref="ModelProblem.Column"/> filled in where their path is found.</summary>
    public static IReadOnlyList<ModelProblem> Locate(ReadOnlyMemory<byte> utf8, LineMap lines, IReadOnlyList<ModelProblem> problems, int maxDepth)
    {
        var positions = Positions(utf8, lines, problems.Select(p => p.Path), maxDepth);
        return [.. problems.Select(p => positions.TryGetValue(p.Path, out var at) ? p with { Line = at.Line, Column = at.Column } : p)];
    }

    /// <summary>The position of each of <paramref name="paths"/> in the document, or of its nearest enclosing value that is there; paths outside the document are left out.</summary>
    public static Dictionary<string, SourcePosition> Positions(ReadOnlyMemory<byte> utf8, LineMap lines, IEnumerable<string> paths, int maxDepth)
    {
        var requested = new HashSet<string>(paths, StringComparer.Ordinal);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var requestedPath in requested)
        {
            var path = requestedPath;
            while (path.Length > 0 && wanted.Add(path))
            {
                path = Parent(path);
            }
        }

        var found = Walk(utf8, wanted, maxDepth);
        var placed = new List<(string Path, long Offset)>(requested.Count);
        foreach (var requestedPath in requested)
        {
            for (var path = requestedPath; path.Length > 0; path = Parent(path))
            {
                if (found.TryGetValue(path, out var offset))
                {
                    placed.Add((requestedPath, offset));
                    break;
                }
            }
        }

        // In file order, so the line map counts each line's columns once.
        placed.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var positions = new Dictionary<string, SourcePosition>(placed.Count, StringComparer.Ordinal);
        foreach (var (path, offset) in placed)
        {
            var (line, column) = lines.Position(offset);
            positions.Add(path, new SourcePosition(line, column));
        }

        return positions;
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
                    if (!wanted.Contains(path))
                    {
                        // Every ancestor of a wanted path is wanted too, so nothing below this value is.
                        reader.Skip();
                        break;
                    }

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
