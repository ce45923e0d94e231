using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Tests.Export;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Validation;

public class DiagnosticGroupTests
{
    [Fact]
    public void Groups_partition_the_findings_by_rule_most_serious_first_keeping_their_order() =>
        Prop.ForAll(ModelGen.Any(), model =>
        {
            var diagnostics = Validator.Validate(model).Diagnostics;
            var groups = DiagnosticGroup.Of(diagnostics);

            var regrouped = groups.SelectMany(g => g.Diagnostics).ToList();
            var keys = groups.Select(g => (g.Code, g.Severity)).ToList();
            return regrouped.Count == diagnostics.Count
                && regrouped.ToHashSet().SetEquals(diagnostics)
                && keys.Distinct().Count() == keys.Count
                && groups.All(g => g.Diagnostics.All(d => d.Code == g.Code && d.Severity == g.Severity))
                && groups.All(g => g.Diagnostics.SequenceEqual(diagnostics.Where(d => d.Code == g.Code && d.Severity == g.Severity)))
                && groups.Zip(groups.Skip(1)).All(p => p.First.Severity > p.Second.Severity
                    || (p.First.Severity == p.Second.Severity && string.CompareOrdinal(p.First.Code, p.Second.Code) < 0));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_filter_keeps_exactly_the_findings_of_at_least_the_severity_and_the_rules_asked_for() =>
        Prop.ForAll(ModelGen.Any(), Gen.Elements(DiagnosticSeverity.Info, DiagnosticSeverity.Warning, DiagnosticSeverity.Error).ToArbitrary(), (model, minimum) =>
        {
            var result = Validator.Validate(model);
            var code = result.Diagnostics.Select(d => d.Code).FirstOrDefault() ?? "WA0001";
            var filtered = new DiagnosticFilter { MinimumSeverity = minimum, Codes = new HashSet<string> { code.ToLowerInvariant() } }.Apply(result);

            return filtered.Diagnostics.SequenceEqual(result.Diagnostics.Where(d => d.Severity >= minimum && d.Code == code))
                && filtered.HasErrors == filtered.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_default_filter_keeps_the_result_as_it_is()
    {
        var result = Validator.Validate(ReportFixtures.Overvecht());

        Assert.Same(result, DiagnosticFilter.All.Apply(result));
    }

    [Fact]
    public void Grouped_text_heads_each_rule_with_its_code_title_and_count_then_lists_its_findings()
    {
        var result = Validator.Validate(ReportFixtures.Overvecht(), new ValidationOptions { Language = Language.English });
        var biggest = DiagnosticGroup.Of(result.Diagnostics).MaxBy(g => g.Count)!;
        using var writer = new StringWriter();

        DiagnosticGroupWriter.WriteText(writer, result, "m.json");

        var lines = writer.ToString().Split('\n');
        var head = Array.FindIndex(lines, l => l.StartsWith($"{Diagnostic.SeverityText(biggest.Severity)} {biggest.Code} ", StringComparison.Ordinal));
        Assert.True(head >= 0);
        Assert.EndsWith($": {biggest.Count} finding{(biggest.Count == 1 ? "" : "s")}", lines[head], StringComparison.Ordinal);
        Assert.All(lines.Skip(head + 1).Take(biggest.Count), l => Assert.StartsWith("  m.json", l, StringComparison.Ordinal));
        Assert.Equal(DiagnosticGroup.Of(result.Diagnostics).Count, lines.Count(l => l.Length > 0 && !l.StartsWith(' ') && !l.StartsWith("m.json:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Grouped_text_in_dutch_names_severities_and_counts_in_dutch()
    {
        var result = Validator.Validate(ReportFixtures.Overvecht(), new ValidationOptions { Language = Language.Dutch });
        using var writer = new StringWriter();

        DiagnosticGroupWriter.WriteText(writer, result, "m.json");

        var text = writer.ToString();
        Assert.Contains(" bevinding", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" finding", text, StringComparison.Ordinal);
        Assert.Matches(@"m\.json: \d+ fout(en)?, \d+ waarschuwing(en)?, \d+ melding(en)?", text);
    }

    [Fact]
    public void Grouped_markdown_has_a_heading_per_rule_and_a_list_item_per_finding()
    {
        var result = Validator.Validate(ReportFixtures.Overvecht(), new ValidationOptions { Language = Language.English });
        using var writer = new StringWriter();

        DiagnosticGroupWriter.WriteMarkdown(writer, result, "m.json");

        var lines = writer.ToString().Split('\n');
        Assert.Equal(DiagnosticGroup.Of(result.Diagnostics).Count, lines.Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Equal(result.Diagnostics.Count, lines.Count(l => l.StartsWith("- `m.json", StringComparison.Ordinal)));
    }
}
