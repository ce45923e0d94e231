using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// The findings of one rule in one run, together (*bevindingen per regel*): the rule, the severity
/// they have, and each finding in the run's order. A list of 85 findings of four rules reads as
/// four groups with a count each; text, Markdown and the report show them this way, while JSON
/// and SARIF keep one result per finding.
/// </summary>
/// <param name="Descriptor">The rule.</param>
/// <param name="Severity">The severity of the findings in this run.</param>
/// <param name="Diagnostics">The findings, in the order of the run.</param>
public sealed record DiagnosticGroup(RuleDescriptor Descriptor, DiagnosticSeverity Severity, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>The rule's code, e.g. <c>WA0031</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The number of findings.</summary>
    public int Count => Diagnostics.Count;

    /// <summary>
    /// The findings of <paramref name="diagnostics"/> grouped by rule and severity: most serious
    /// first, then by code; within a group the findings keep their order.
    /// </summary>
    /// <param name="diagnostics">Findings, e.g. <see cref="ValidationResult.Diagnostics"/>.</param>
    public static EquatableArray<DiagnosticGroup> Of(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return
        [
            .. diagnostics
                .GroupBy(d => (d.Code, d.Severity))
                .OrderByDescending(g => g.Key.Severity)
                .ThenBy(g => g.Key.Code, StringComparer.Ordinal)
                .Select(g => new DiagnosticGroup(g.First().Descriptor, g.Key.Severity, [.. g])),
        ];
    }
}
