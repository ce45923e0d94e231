using System.Text;

namespace Wijkaanpak.Core.Validation;

/// <summary>Generates <c>docs/rules.md</c> from the rule descriptors, in Dutch and English, so the documentation cannot drift from the code.</summary>
internal static class RuleDocumentation
{
    public static string Markdown(IReadOnlyList<RuleDescriptor> rules)
    {
        var md = new StringBuilder();
        md.Append("# Validation rules (toetsregels)\n\n");
        md.Append("Generated from the rule descriptors in `src/Wijkaanpak.Core/Validation` by the test `RuleDocumentationTests`;\n");
        md.Append("do not edit by hand (run the tests with `WIJKAANPAK_UPDATE_DOCS=1` to regenerate). Codes never change meaning.\n");
        md.Append("Every text is given in Dutch (the default language of the findings) and in English (`ValidationOptions.Language`).\n\n");
        md.Append("Severities are those of the `default` profile. The `strict` profile turns every warning into an error;\n");
        md.Append("the `nplv` profile uses the NPLV severity where one is listed and stricter horizons (15 years).\n");
        md.Append("Rules marked *needs reference date* only run when a reference date (`--as-of`, `ValidationOptions.Today`) is given.\n");
        md.Append("In a message, `{0}` and the like are filled in by the rule: an element by its name with its id in brackets,\n");
        md.Append("`{0:knoop|knopen}` as a count with the singular or plural noun, `{1:euro}` as an amount of euros.\n\n");
        md.Append("| Code | Severity | Category | Titel | Title |\n|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            md.Append($"| [{rule.Code}](#{rule.Code.ToLowerInvariant()}) | {Severity(rule)} | {rule.Category} | {rule.Title.Nl} | {rule.Title.En} |\n");
        }

        foreach (var rule in rules)
        {
            md.Append($"\n## {rule.Code}\n\n**{rule.Title.Nl}** / **{rule.Title.En}** — {Severity(rule)}, {rule.Category}");
            if (rule.NeedsReferenceDate)
            {
                md.Append(", needs reference date");
            }

            md.Append("\n\n");
            md.Append($"- **Melding:** {Cell(rule.MessageFormat.Nl)}\n");
            md.Append($"- **What:** {Cell(rule.MessageFormat.En)}\n");
            md.Append($"- **Waarom:** {rule.Rationale.Nl}\n");
            md.Append($"- **Why:** {rule.Rationale.En}\n");
            md.Append($"- **Oplossen:** {rule.HelpText.Nl}\n");
            md.Append($"- **How to fix:** {rule.HelpText.En}\n");
            md.Append($"- **Bron / Source:** {rule.Source}\n");
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Severity(RuleDescriptor rule) =>
        rule.NplvSeverity is { } nplv
            ? $"{Diagnostic.SeverityText(rule.DefaultSeverity)} (nplv: {Diagnostic.SeverityText(nplv)})"
            : Diagnostic.SeverityText(rule.DefaultSeverity);
}
