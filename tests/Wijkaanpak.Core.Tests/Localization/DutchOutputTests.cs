using System.Net;
using System.Text.RegularExpressions;
using NodaTime;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Samples;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Localization;

/// <summary>A Dutch user reads Dutch: the report and the findings on every sample model contain none of a list of English giveaway words.</summary>
public partial class DutchOutputTests
{
    private static readonly LocalDate AsOf = new(2025, 6, 1);

    /// <summary>Words that betray English text (or C# member names) in Dutch output; none of them is a Dutch word.</summary>
    private static readonly string[] Giveaways =
    [
        "the", "and", "with", "without", "has", "yet", "which", "contributes", "measured", "nodes",
        "Intervention", "Goal", "Ambition", "Mission", "Indicator has", "error", "warning",
        "collaboration", "funding", "mandate", "True", "False", "SociaalWijkteam", "JustitieOm", "Orienteren",
    ];

    [Theory]
    [MemberData(nameof(SampleFiles.Models), MemberType = typeof(SampleFiles))]
    public void Dutch_findings_contain_no_English_giveaway_words(string fileName)
    {
        var result = Validate(fileName);

        Assert.All(result.Diagnostics, d => AssertDutch($"{d.Code} in {fileName}", d.Message));
    }

    [Theory]
    [MemberData(nameof(SampleFiles.Models), MemberType = typeof(SampleFiles))]
    public void A_Dutch_markdown_report_contains_no_English_giveaway_words(string fileName)
    {
        var markdown = Report.ToMarkdown(ModelJson.ReadFile(SampleFiles.PathOf(fileName)), Options(fileName));

        AssertDutch(fileName, CodeBlock().Replace(markdown, string.Empty));
    }

    [Theory]
    [MemberData(nameof(SampleFiles.Models), MemberType = typeof(SampleFiles))]
    public void A_Dutch_html_report_shows_no_English_giveaway_words(string fileName)
    {
        var html = Report.ToHtml(ModelJson.ReadFile(SampleFiles.PathOf(fileName)), Options(fileName));

        AssertDutch(fileName, VisibleText(html));
    }

    [Fact]
    public void The_giveaway_check_finds_English()
    {
        var english = Validator.Validate(ModelJson.ReadFile(SampleFiles.PathOf(SampleFiles.ModelFileNames[0])), new ValidationOptions { Today = AsOf, Language = Language.English });

        Assert.Contains(english.Diagnostics, d => Found(d.Message).Count > 0);
    }

    private static ValidationResult Validate(string fileName) =>
        Validator.Validate(ModelJson.ReadFile(SampleFiles.PathOf(fileName)), new ValidationOptions { Today = AsOf, Language = Language.Dutch });

    private static ReportOptions Options(string fileName) =>
        new ReportOptions { Language = Language.Dutch, AsOf = AsOf }.WithValidation(Validate(fileName));

    private static void AssertDutch(string where, string text)
    {
        var found = Found(text);
        Assert.True(found.Count == 0, $"{where}: English in Dutch output: {string.Join("; ", found.Take(5))}");
    }

    private static List<string> Found(string text) =>
        [.. Giveaways.SelectMany(word => Regex.Matches(text, $@"(?<![\p{{L}}-]){Regex.Escape(word)}(?![\p{{L}}-])")
            .Select(m => $"'{word}' in …{text.Substring(Math.Max(0, m.Index - 40), Math.Min(80, text.Length - Math.Max(0, m.Index - 40)))}…"))];

    private static string VisibleText(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(Hidden().Replace(html, " "), " "));

    [GeneratedRegex("```.*?```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex("<(style|script)\\b.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
