using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// The outcome of a validation run (*toetsingsresultaat*): every finding, in a deterministic
/// order (most serious first, then by code, then by subjects), and the rules that could not run.
/// </summary>
/// <param name="Profile">The profile the run used.</param>
/// <param name="Diagnostics">The findings, ordered by severity (errors first), code, subjects, location and message.</param>
/// <param name="SkippedRules">Codes of rules that did not run because they need a reference date and none was given, in code order.</param>
public sealed record ValidationResult(
    ValidationProfile Profile,
    EquatableArray<Diagnostic> Diagnostics,
    EquatableArray<string> SkippedRules)
{
    /// <summary>The language of the findings' messages (<see cref="ValidationOptions.Language"/>), in which writers also give the rules' texts.</summary>
    public Language Language { get; init; }

    /// <summary>Number of findings with severity error.</summary>
    public int ErrorCount => Count(DiagnosticSeverity.Error);

    /// <summary>Number of findings with severity warning.</summary>
    public int WarningCount => Count(DiagnosticSeverity.Warning);

    /// <summary>Number of findings with severity info.</summary>
    public int InfoCount => Count(DiagnosticSeverity.Info);

    /// <summary>True when at least one finding is an error: the plan should not be signed off like this.</summary>
    public bool HasErrors => ErrorCount > 0;

    private int Count(DiagnosticSeverity severity)
    {
        var count = 0;
        foreach (var diagnostic in Diagnostics)
        {
            if (diagnostic.Severity == severity)
            {
                count++;
            }
        }

        return count;
    }
}
