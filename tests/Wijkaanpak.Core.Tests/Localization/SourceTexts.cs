using System.Text.RegularExpressions;

namespace Wijkaanpak.Core.Tests.Localization;

/// <summary>
/// The pairs of Dutch and English literals written inline in the sources — <c>Pick("…", "…")</c>,
/// <c>T("…", "…")</c>, <c>new LocalizedText("…", "…")</c>, <c>[LocalizedName("…", "…")]</c> — which
/// reflection cannot enumerate.
/// </summary>
internal static partial class SourceTexts
{
    public static IEnumerable<(string Where, string Nl, string En, bool Interpolated)> InlinePairs()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            foreach (Match match in Pair().Matches(text))
            {
                var line = text.AsSpan(0, match.Index).Count('\n') + 1;
                var interpolated = match.Groups["nlDollar"].Success || match.Groups["enDollar"].Success;
                yield return ($"{Path.GetRelativePath(src, file)}:{line}", match.Groups["nl"].Value, match.Groups["en"].Value, interpolated);
            }
        }
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Wijkaanpak.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with Wijkaanpak.Core.sln) was not found above the test binaries.");
    }

    [GeneratedRegex("""\b(?:Pick|T|LocalizedText|LocalizedName)\(\s*(?<nlDollar>\$)?"(?<nl>(?:[^"\\\n]|\\.)*)"\s*,\s*(?<enDollar>\$)?"(?<en>(?:[^"\\\n]|\\.)*)"\s*\)""")]
    private static partial Regex Pair();
}
