using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Cli;

/// <summary>Reads model files for the commands, reporting unreadable input on standard error.</summary>
internal static class ModelFiles
{
    /// <summary>
    /// The bounds for a model file named on the command line: the library's depth bound, and files
    /// up to the largest array .NET can hold (about 2 GB) instead of the library's 512 MB default,
    /// which guards services against oversized uploads; a file of your own, such as a generated
    /// million-node theory of change, is not refused for its size.
    /// </summary>
    private static readonly ModelReadOptions FileOptions = new() { MaxBytes = Array.MaxLength };

    /// <summary>
    /// Reads the model at <paramref name="path"/>; on failure writes every problem to
    /// <paramref name="error"/> as <c>file(line,column): path: message</c> and returns null.
    /// </summary>
    public static WijkaanpakModel? TryRead(string path, TextWriter error) => TryReadFile(path, error)?.Model;

    /// <summary>
    /// Reads the model at <paramref name="path"/> and keeps the file's bytes, for a command that
    /// also places findings in the file (<see cref="ModelJson.Locate"/>) without reading it again;
    /// on failure writes every problem to <paramref name="error"/> and returns null.
    /// </summary>
    public static ModelFile? TryReadFile(string path, TextWriter error) => TryReadWith(path, error, p =>
    {
        var utf8 = File.ReadAllBytes(p);
        return new ModelFile(ModelJson.Read(utf8, FileOptions, Path.GetFileName(p)), utf8);
    });

    /// <summary>
    /// Reads the measurements CSV at <paramref name="path"/> for <paramref name="model"/>: rows naming an
    /// unknown area or indicator are an error (null is returned after writing every problem as
    /// <c>file(line,column): path: message</c>), or with
    /// <paramref name="skipUnknown"/> a warning listing each skipped row and their count.
    /// </summary>
    public static IReadOnlyList<Measurement>? TryReadMeasurementsFor(WijkaanpakModel model, string path, bool skipUnknown, TextWriter error)
    {
        var import = TryReadWith(path, error, p => MeasurementImport.ReadFile(model, p, skipUnknown));
        if (import is null)
        {
            return null;
        }

        foreach (var problem in import.Skipped)
        {
            error.WriteLine($"{path}({problem.Line},{problem.Column}): warning: skipped: {problem.Message}");
        }

        if (import.Skipped.Count > 0)
        {
            error.WriteLine($"{path}: warning: {import.Skipped.Count} of {import.Skipped.Count + import.Measurements.Count} rows skipped (--skip-unknown).");
        }

        return import.Measurements;
    }

    /// <summary>
    /// <paramref name="model"/> with the measurements of the CSV file at <paramref name="path"/>
    /// added (<see cref="ModelMeasurements.Add"/>); when the file cannot be read or its measurements
    /// do not fit the model, writes every problem to <paramref name="error"/> and returns null.
    /// </summary>
    public static WijkaanpakModel? TryAddMeasurements(WijkaanpakModel model, string path, TextWriter error, bool skipUnknown = false) =>
        TryReadMeasurementsFor(model, path, skipUnknown, error) is { } added
            ? TryReadWith(path, error, p => ModelMeasurements.Add(model, added, Path.GetFileName(p)))
            : null;

    private static T? TryReadWith<T>(string path, TextWriter error, Func<string, T> read)
        where T : class
    {
        try
        {
            return read(path);
        }
        catch (WijkaanpakModelException e)
        {
            foreach (var problem in e.Problems)
            {
                var position = problem.Line is { } line ? $"({line},{problem.Column})" : string.Empty;
                error.WriteLine($"{path}{position}: {problem.Path}: {problem.Message}");
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: {e.Message}");
            return null;
        }
    }
}
