namespace Wijkaanpak.Core.Tests.Samples;

/// <summary>Finds the bundled sample models in <c>samples/models</c> of the repository.</summary>
internal static class SampleFiles
{
    /// <summary>The folder holding the sample models.</summary>
    public static string ModelsFolder { get; } = FindModelsFolder();

    /// <summary>The file names of all sample models, sorted ordinally.</summary>
    public static IReadOnlyList<string> ModelFileNames { get; } =
        [.. Directory.GetFiles(ModelsFolder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>One row per sample model, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Models => [.. ModelFileNames];

    /// <summary>The full path of the sample model <paramref name="fileName"/>.</summary>
    public static string PathOf(string fileName) => Path.Combine(ModelsFolder, fileName);

    private static string FindModelsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "models");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No samples/models folder above {AppContext.BaseDirectory}.");
    }
}
