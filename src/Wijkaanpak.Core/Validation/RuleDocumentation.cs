using System.Text;

namespace Wijkaanpak.Core.Validation;

/// <summary>Generates <c>docs/rules.md</c> from the rule descriptors, so the documentation cannot drift from the code.</summary>
internal static class RuleDocumentation
{
    public static string Markdown(IReadOnlyList<RuleDescriptor> rules)
    {
        var md = new StringBuilder();
        md.Append("# Validation rules\n\n");
        md.Append("Generated from the rule descriptors in `src/Wijkaanpak.Core/Validation` by the test `RuleDocumentationTests`;\n");
        md.Append("do not edit by hand (run the tests with `WIJKAANPAK_UPDATE_DOCS=1` to regenerate). Codes never change meaning.\n\n");
        md.Append("Severities are those of the `default` profile. The `strict` profile turns every warning into an error;\n");
        md.Append("the `nplv` profile uses the NPLV severity where one is listed and stricter horizons (15 years).\n");
        md.Append("Rules marked *needs reference date* only run when a reference date (`--as-of`, `ValidationOptions.Today`) is given.\n\n");
        md.Append("| Code | Severity | Category | Title |\n|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            md.Append($"| [{rule.Code}](#{rule.Code.ToLowerInvariant()}) | {Severity(rule)} | {rule.Category} | {rule.Title} |\n");
        }

        foreach (var rule in rules)
        {
            md.Append($"\n## {rule.Code}\n\n**{rule.Title}** — {Severity(rule)}, {rule.Category}");
            if (rule.NeedsReferenceDate)
            {
                md.Append(", needs reference date");
            }

            md.Append($"\n\n- **What:** {rule.MessageFormat.Replace("|", "\\|", StringComparison.Ordinal)}\n");
            md.Append($"- **Why:** {rule.Rationale}\n");
            md.Append($"- **How to fix:** {rule.HelpText}\n");
            md.Append($"- **Source:** {rule.Source}\n");
        }

        return md.ToString();
    }

    private static string Severity(RuleDescriptor rule) =>
        rule.NplvSeverity is { } nplv
            ? $"{Diagnostic.SeverityText(rule.DefaultSeverity)} (nplv: {Diagnostic.SeverityText(nplv)})"
            : Diagnostic.SeverityText(rule.DefaultSeverity);
}
