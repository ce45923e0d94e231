using System.Collections.Concurrent;
using Wijkaanpak.Cli;

namespace Wijkaanpak.Report.BrowserTests;

/// <summary>
/// The sample reports as a user makes them: <c>wijkaanpak report samples/models/X.json -o X.html</c>
/// (validation and rollup included), written once per test run into a temporary folder. The
/// screenshots of the sections go to the artefact folder (<c>WIJKAANPAK_REPORT_ARTEFACTS</c>, or
/// <c>report-screenshots</c> beside the test assembly).
/// </summary>
internal static class SampleReports
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Rendered = new();
    private static readonly string Folder = Directory.CreateTempSubdirectory("wijkaanpak-browser-").FullName;

    /// <summary>The folder holding the sample models.</summary>
    public static string ModelsFolder { get; } = FindFolder("samples", "models");

    /// <summary>One row per sample model file name, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Models =>
        [.. Directory.GetFiles(ModelsFolder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>Where the screenshots are saved.</summary>
    public static string ArtefactFolder { get; } =
        Environment.GetEnvironmentVariable("WIJKAANPAK_REPORT_ARTEFACTS") is { Length: > 0 } given
            ? given
            : Path.Combine(AppContext.BaseDirectory, "report-screenshots");

    /// <summary>The HTML report on the sample <paramref name="fileName"/> (rendered on first use), in <paramref name="language"/>.</summary>
    public static string HtmlOf(string fileName, string language = "nl", params string[] extra) =>
        Rendered.GetOrAdd(string.Join('|', [fileName, language, .. extra]), _ => new Lazy<string>(() => Render(fileName, language, extra))).Value;

    private static string Render(string fileName, string language, string[] extra)
    {
        var target = Path.Combine(Folder, $"{Path.GetFileNameWithoutExtension(fileName)}.{language}.{Rendered.Count}.html");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = WijkaanpakCli.Run(["report", Path.Combine(ModelsFolder, fileName), "-o", target, "--lang", language, .. extra], output, error);
        if (exit != ExitCodes.Success)
        {
            throw new InvalidOperationException($"wijkaanpak report {fileName} failed ({exit}): {error}");
        }

        return target;
    }

    private static string FindFolder(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No {Path.Combine(parts)} folder above {AppContext.BaseDirectory}.");
    }
}
