namespace Wijkaanpak.Core.Validation;

/// <summary>
/// Which findings of a run to show (*filter op bevindingen*): at least a given severity, and only
/// the given rules. The default filter keeps everything. The rules still run; the filter only
/// chooses what a writer shows and what counts for the outcome.
/// </summary>
public sealed record DiagnosticFilter
{
    /// <summary>The filter that keeps every finding.</summary>
    public static DiagnosticFilter All { get; } = new();

    /// <summary>Keep findings of this severity or more serious (<c>warning</c> keeps warnings and errors); null keeps all.</summary>
    public DiagnosticSeverity? MinimumSeverity { get; init; }

    /// <summary>Keep only findings of these rule codes (compared case-insensitively, e.g. <c>WA0020</c> or <c>wa0020</c>); null or empty keeps every rule.</summary>
    public IReadOnlySet<string>? Codes { get; init; }

    /// <summary>True when <paramref name="diagnostic"/> passes the filter.</summary>
    /// <param name="diagnostic">A finding.</param>
    public bool Includes(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return (MinimumSeverity is not { } minimum || diagnostic.Severity >= minimum)
            && (Codes is not { Count: > 0 } codes || codes.Contains(diagnostic.Code) || codes.Any(c => string.Equals(c, diagnostic.Code, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// <paramref name="result"/> with only the findings that pass, in the same order; its counts and
    /// <see cref="ValidationResult.HasErrors"/> then describe what is shown.
    /// </summary>
    /// <param name="result">The outcome of a run.</param>
    public ValidationResult Apply(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return MinimumSeverity is null && Codes is not { Count: > 0 }
            ? result
            : result with { Diagnostics = [.. result.Diagnostics.Where(Includes)] };
    }
}
