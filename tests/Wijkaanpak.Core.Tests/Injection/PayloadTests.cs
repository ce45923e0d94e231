using System.Text.Json;
using System.Text.Json.Nodes;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NodaTime;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tables;
using Wijkaanpak.Core.Tests.Samples;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Injection;

/// <summary>
/// Hostile text in every id and text field of a sample must come out of every output format as
/// text: no CSV cell a spreadsheet runs as a formula, no Markdown link, heading or HTML block made
/// from data (checked by parsing with Markdig), no Mermaid directive, no new line or element in
/// DOT, Mermaid or HTML.
/// </summary>
public sealed class PayloadTests
{
    private static readonly string[] Payloads =
    [
        "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "%%{init: {'theme':'dark'}}%%",
        "x\n\n# Kop\n\n[klik](javascript:alert(1))", "<script>alert(1)</script>", "<div>blok</div>", "- lijst", "1. lijst", "---", "```",
        "\"'&<>", "]]>", "[a]: http://evil",
    ];

    private static readonly HashSet<string> TextProperties = new(StringComparer.Ordinal)
    {
        "id", "name", "description", "statement", "text", "definition", "unit", "from", "to", "provenance", "role", "rationale",
    };

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static TheoryData<int> PayloadIndices => [.. Enumerable.Range(0, Payloads.Length)];

    /// <summary>The sample with <paramref name="payload"/> put in front of every id, reference and text.</summary>
    private static WijkaanpakModel Poisoned(string payload)
    {
        var root = JsonNode.Parse(File.ReadAllBytes(SampleFiles.PathOf("samen-voor-overvecht.json")))!;
        Poison(root, null, payload);
        return ModelJson.ReadFromString(root.ToJsonString());
    }

    private static void Poison(JsonNode? node, string? property, string payload)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.GetValueKind() == JsonValueKind.String && IsText(name))
                    {
                        obj[name] = payload + value.GetValue<string>();
                    }
                    else
                    {
                        Poison(child, name, payload);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.GetValueKind() == JsonValueKind.String && property is not null && (property.EndsWith("Ids", StringComparison.Ordinal) || property == "recognisedBy"))
                    {
                        array[i] = payload + value.GetValue<string>();
                    }
                    else
                    {
                        Poison(array[i], property, payload);
                    }
                }

                break;
        }
    }

    private static bool IsText(string property) => TextProperties.Contains(property) || property.EndsWith("Id", StringComparison.Ordinal);

    private static (ValidationResult Validation, ImpactRollupResult Rollup) Analyse(WijkaanpakModel model) =>
        (Validator.Validate(model, new ValidationOptions { Today = new LocalDate(2026, 6, 1) }), ImpactRollup.Compute(model));

    [Theory]
    [MemberData(nameof(PayloadIndices))]
    public void No_csv_cell_made_from_data_starts_a_formula(int payload)
    {
        var model = Poisoned(Payloads[payload]);
        var csv = new StringWriter();
        MeasurementCsv.Write(model.Measurements, csv);
        var tables = TableWriter.ToString(Analyse(model).Rollup.ToTables(), TableFormat.Csv);

        foreach (var text in new[] { csv.ToString(), tables })
        {
            using var reader = CsvHelper.CsvReader.Create(new StringReader(text), new CsvHelper.CsvReaderOptions { Separator = ',', HasHeader = false, FieldCountMismatch = CsvHelper.CsvFieldCountHandling.Allow }, false);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var cell = reader.GetString(i);
                    Assert.False(cell is { Length: > 0 } && "=+@\t\r".Contains(cell[0], StringComparison.Ordinal), $"Cell '{cell}' starts a formula.");
                    Assert.False(cell is ['-', _, ..] && !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _), $"Cell '{cell}' starts a formula.");
                }
            }
        }

        Assert.Equal(model.Measurements, MeasurementCsv.Read(new StringReader(csv.ToString())));
    }

    [Theory]
    [MemberData(nameof(PayloadIndices))]
    public void No_markdown_link_heading_or_html_block_comes_from_data(int payload)
    {
        var clean = Poisoned(string.Empty);
        var model = Poisoned(Payloads[payload]);
        var (validation, rollup) = Analyse(model);
        var (cleanValidation, cleanRollup) = Analyse(clean);
        var report = Report.ToMarkdown(model, new ReportOptions().WithValidation(validation).WithRollup(rollup));
        var cleanReport = Report.ToMarkdown(clean, new ReportOptions().WithValidation(cleanValidation).WithRollup(cleanRollup));
        var tables = TableWriter.ToString(rollup.ToTables(), TableFormat.Markdown);
        var cleanTables = TableWriter.ToString(cleanRollup.ToTables(), TableFormat.Markdown);

        foreach (var (text, baseline) in new[] { (report, cleanReport), (tables, cleanTables) })
        {
            var document = Markdown.Parse(text, Pipeline);
            var expected = Markdown.Parse(baseline, Pipeline);
            Assert.Equal(expected.Descendants<Markdig.Syntax.HeadingBlock>().Count(), document.Descendants<Markdig.Syntax.HeadingBlock>().Count());
            Assert.Equal(expected.Descendants<ListItemBlock>().Count(), document.Descendants<ListItemBlock>().Count());
            Assert.Equal(expected.Descendants<ThematicBreakBlock>().Count(), document.Descendants<ThematicBreakBlock>().Count());
            Assert.Equal(expected.Descendants<FencedCodeBlock>().Count(), document.Descendants<FencedCodeBlock>().Count());
            Assert.Empty(document.Descendants<LinkReferenceDefinition>());
            Assert.Empty(document.Descendants<AutolinkInline>());
            Assert.All(document.Descendants<LinkInline>(), link => Assert.Matches("^#[A-Za-z0-9_-]+$", link.Url ?? string.Empty));
            Assert.All(document.Descendants<HtmlBlock>(), html => Assert.Matches("^<a id=\"[A-Za-z0-9_-]+\"></a>$", html.Lines.ToString().Trim()));
            Assert.DoesNotContain(document.Descendants<HtmlInline>(), h => !h.Tag.StartsWith("<a id=", StringComparison.Ordinal) && h.Tag != "</a>");
        }
    }

    [Theory]
    [MemberData(nameof(PayloadIndices))]
    public void Diagram_exports_and_the_html_report_keep_data_as_text(int payload)
    {
        var clean = Poisoned(string.Empty);
        var model = Poisoned(Payloads[payload]);
        var (validation, rollup) = Analyse(model);
        var (cleanValidation, cleanRollup) = Analyse(clean);

        foreach (var export in new Func<WijkaanpakModel, string>[] { MermaidExporter.TheoryOfChange, MermaidExporter.StakeholderGraph, DotExporter.TheoryOfChange, DotExporter.StakeholderGraph })
        {
            // Data stays inside its quoted label: no extra statement line in either language.
            Assert.Equal(export(clean).Split('\n').Length, export(model).Split('\n').Length);
        }

        foreach (var mermaid in new[] { MermaidExporter.TheoryOfChange(model), MermaidExporter.StakeholderGraph(model) })
        {
            // Mermaid reads %%{...}%% as a directive and renders labels as HTML, even inside quotes.
            Assert.DoesNotContain("%%", mermaid, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", mermaid, StringComparison.Ordinal);
        }

        var html = Report.ToHtml(model, new ReportOptions().WithValidation(validation).WithRollup(rollup));
        var cleanHtml = Report.ToHtml(clean, new ReportOptions().WithValidation(cleanValidation).WithRollup(cleanRollup));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<div>blok", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Count(cleanHtml, "<script"), Count(html, "<script"));
        Assert.Equal(Count(cleanHtml, "<div"), Count(html, "<div"));
    }

    private static int Count(string text, string fragment)
    {
        var count = 0;
        for (var i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
