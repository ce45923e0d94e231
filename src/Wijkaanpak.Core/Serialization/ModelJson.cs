using System.Text.Json;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// Reads and writes a whole <see cref="WijkaanpakModel"/> as a JSON model file (*modelbestand*),
/// format version 1 (see <c>docs/format.md</c>). Reading is strict and complete: a file either
/// loads as a model that passed <see cref="ModelIntegrity"/>, or fails with one
/// <see cref="WijkaanpakModelException"/> listing every problem with its JSON path, line and column.
/// Writing is deterministic: the same model gives the same bytes (UTF-8, two-space indent, "\n"
/// line endings, nulls and empty lists left out).
/// </summary>
public static class ModelJson
{
    /// <summary>The format version this library reads and writes, stored as <c>formatVersion</c>.</summary>
    public const int FormatVersion = 1;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a model from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="options">Depth and size bounds; <see cref="ModelReadOptions.Default"/> when null.</param>
    /// <param name="source">The file name or other origin, for messages.</param>
    /// <exception cref="WijkaanpakModelException">The content is not a valid model; every problem is listed.</exception>
    public static WijkaanpakModel Read(Stream utf8Json, ModelReadOptions? options = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= ModelReadOptions.Default;
        return Parse(ReadBounded(utf8Json, options, source ?? string.Empty), options, source ?? string.Empty);
    }

    /// <summary>Reads a model from UTF-8 JSON already in memory, such as a file's bytes that are also passed to <see cref="Locate"/>.</summary>
    /// <param name="utf8Json">The bytes of the model file.</param>
    /// <param name="options">Depth and size bounds; <see cref="ModelReadOptions.Default"/> when null.</param>
    /// <param name="source">The file name or other origin, for messages.</param>
    /// <exception cref="WijkaanpakModelException">The content is not a valid model; every problem is listed.</exception>
    public static WijkaanpakModel Read(ReadOnlyMemory<byte> utf8Json, ModelReadOptions? options = null, string? source = null)
    {
        options ??= ModelReadOptions.Default;
        if (utf8Json.Length > options.MaxBytes)
        {
            throw TooLarge(source ?? string.Empty, options);
        }

        return Parse(utf8Json, options, source ?? string.Empty);
    }

    /// <summary>Reads a model from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Depth and size bounds; <see cref="ModelReadOptions.Default"/> when null.</param>
    /// <exception cref="WijkaanpakModelException">The text is not a valid model; every problem is listed.</exception>
    public static WijkaanpakModel ReadFromString(string json, ModelReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(System.Text.Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads the model file at <paramref name="path"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="options">Depth and size bounds; <see cref="ModelReadOptions.Default"/> when null.</param>
    /// <exception cref="WijkaanpakModelException">The file is not a valid model; every problem is listed.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static WijkaanpakModel ReadFile(string path, ModelReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, options, Path.GetFileName(path));
    }

    /// <summary>
    /// Where JSON paths such as <c>$.theoryOfChange.interventions[4]</c> (the locations of
    /// validation findings) are in a model file: the line and column of each path's value, or of
    /// its nearest enclosing value when the path itself is not in the file (a missing property).
    /// </summary>
    /// <param name="utf8Json">The model file's bytes; it must be well-formed JSON, as a file that was read is.</param>
    /// <param name="paths">The JSON paths to find.</param>
    /// <param name="options">The depth bound; <see cref="ModelReadOptions.Default"/> when null.</param>
    /// <returns>The position of every path that is in the file or has an enclosing value there.</returns>
    /// <exception cref="JsonException">The bytes are not well-formed JSON.</exception>
    public static IReadOnlyDictionary<string, SourcePosition> Locate(ReadOnlyMemory<byte> utf8Json, IEnumerable<string> paths, ModelReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        utf8Json = WithoutBom(utf8Json);
        return JsonPathLocator.Positions(utf8Json, new LineMap(utf8Json), paths, (options ?? ModelReadOptions.Default).MaxDepth);
    }

    /// <summary>Writes the model as UTF-8 JSON to a stream, ending with a newline.</summary>
    /// <param name="model">The model; it must pass <see cref="ModelIntegrity"/>, so that what is written can be read.</param>
    /// <param name="utf8Json">The stream to write to; not closed.</param>
    /// <exception cref="WijkaanpakModelException">The model has integrity problems; nothing is written.</exception>
    public static void Write(WijkaanpakModel model, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        utf8Json.Write(Serialize(model));
    }

    /// <summary>The model as JSON text, ending with a newline.</summary>
    /// <param name="model">The model; it must pass <see cref="ModelIntegrity"/>.</param>
    /// <exception cref="WijkaanpakModelException">The model has integrity problems.</exception>
    public static string WriteToString(WijkaanpakModel model) => System.Text.Encoding.UTF8.GetString(Serialize(model));

    /// <summary>
    /// Writes the model to <paramref name="path"/> atomically: to a temporary file in the same folder
    /// first, then moved over the target, so a failure never leaves half a file behind.
    /// </summary>
    /// <param name="model">The model; it must pass <see cref="ModelIntegrity"/>.</param>
    /// <param name="path">The file to write; replaced if it exists.</param>
    /// <exception cref="WijkaanpakModelException">The model has integrity problems; nothing is written.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(WijkaanpakModel model, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, Serialize(model));
    }

    private static byte[] Serialize(WijkaanpakModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var problems = ModelIntegrity.Check(model);
        if (problems.Count > 0)
        {
            throw new WijkaanpakModelException(model.Name ?? string.Empty, problems);
        }

        var options = ModelJsonContract.Options(ModelReadOptions.Default.MaxDepth);
        using var buffer = new MemoryStream();
        JsonSerializer.Serialize(buffer, model, ModelJsonContract.Root(options));
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static byte[] ReadBounded(Stream stream, ModelReadOptions options, string source)
    {
        using var buffer = stream.CanSeek ? new MemoryStream((int)Math.Min(Math.Max(stream.Length - stream.Position, 0), options.MaxBytes + 1)) : new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                throw TooLarge(source, options);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    /// <summary>The bytes after a UTF-8 byte-order mark, if the file starts with one; lines and columns count from there, as editors show them.</summary>
    private static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> utf8) =>
        utf8.Span.StartsWith(Utf8Bom) ? utf8[Utf8Bom.Length..] : utf8;

    private static WijkaanpakModel Parse(ReadOnlyMemory<byte> utf8, ModelReadOptions options, string source)
    {
        utf8 = WithoutBom(utf8);

        var serializerOptions = ModelJsonContract.Options(options.MaxDepth);
        WijkaanpakModel? model;
        try
        {
            model = JsonSerializer.Deserialize(utf8.Span, ModelJsonContract.Root(serializerOptions));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            throw Complete(utf8, serializerOptions, source, e);
        }

        if (model is null)
        {
            throw new WijkaanpakModelException(source, [new ModelProblem("$", "The document is null; expected a model object.") { Line = 1, Column = 1 }]);
        }

        var problems = ModelIntegrity.Check(model);
        if (problems.Count > 0)
        {
            throw new WijkaanpakModelException(source, InFileOrder(JsonPathLocator.Locate(utf8, new LineMap(utf8), problems, options.MaxDepth)));
        }

        return model;
    }

    /// <summary>
    /// The slow path, taken only for a file that failed the fast read: every structural problem,
    /// plus the integrity problems of a provisional model built with stand-ins for the bad values,
    /// leaving out those at or under a value already reported.
    /// </summary>
    private static WijkaanpakModelException Complete(ReadOnlyMemory<byte> utf8, JsonSerializerOptions serializerOptions, string source, Exception first)
    {
        var lines = new LineMap(utf8);
        var (structural, repaired) = ModelJsonValidator.Check(utf8, serializerOptions, lines);
        var problems = new List<ModelProblem>(structural);
        if (repaired is { } document && ProvisionalModel(document, serializerOptions) is { } provisional)
        {
            var reported = new HashSet<string>(structural.Select(s => s.Path), StringComparer.Ordinal);
            var integrity = ModelIntegrity.Check(provisional).Where(p => !Covered(reported, p.Path)).ToList();
            problems.AddRange(JsonPathLocator.Locate(utf8, lines, integrity, serializerOptions.MaxDepth));
        }

        if (problems.Count == 0)
        {
            problems.Add(first is JsonException json ? FromJsonException(json) : new ModelProblem("$", first.Message));
        }

        return new WijkaanpakModelException(source, InFileOrder(problems));
    }

    private static WijkaanpakModel? ProvisionalModel(ReadOnlyMemory<byte> repaired, JsonSerializerOptions serializerOptions)
    {
        try
        {
            return JsonSerializer.Deserialize(repaired.Span, ModelJsonContract.Root(serializerOptions));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The stand-ins could not make the document readable; the structural problems stand alone.
            return null;
        }
    }

    /// <summary>Whether a problem was already reported at <paramref name="path"/> or at a value enclosing it (one look-up per step of the path).</summary>
    private static bool Covered(HashSet<string> reported, string path)
    {
        for (; path.Length > 0; path = JsonPathLocator.Parent(path))
        {
            if (reported.Contains(path))
            {
                return true;
            }
        }

        return false;
    }

    private static ModelProblem[] InFileOrder(IEnumerable<ModelProblem> problems) =>
        [.. problems.Distinct().OrderBy(p => p.Line ?? long.MaxValue).ThenBy(p => p.Column ?? long.MaxValue).ThenBy(p => p.Path, StringComparer.Ordinal)];

    private static ModelProblem FromJsonException(JsonException e) =>
        new(e.Path ?? "$", e.Message)
        {
            Line = e.LineNumber + 1,
            Column = e.BytePositionInLine + 1,
        };

    private static WijkaanpakModelException TooLarge(string source, ModelReadOptions options) =>
        new(source, [new ModelProblem("$", $"The model is larger than the maximum of {options.MaxBytes} bytes (ModelReadOptions.MaxBytes).")]);
}
