using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// One finding about the model (*bevinding*) as shown in the report's diagnostics section. A
/// neutral record so the report does not depend on how findings are produced; the validation
/// room's diagnostics convert to it.
/// </summary>
public sealed record ReportDiagnostic
{
    /// <summary>The stable rule code, e.g. "WA0001".</summary>
    public required string Code { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required ReportSeverity Severity { get; init; }

    /// <summary>The finding in words, in the report's language where the rule provides it.</summary>
    public required string Message { get; init; }

    /// <summary>The ids of the model elements concerned, in the order the rule gives them.</summary>
    public EquatableArray<string> ElementIds { get; init; }

    /// <summary>The finding of a validation run as the report shows it, its message in the language of the run.</summary>
    /// <param name="diagnostic">A diagnostic from <see cref="Validator.Validate"/>.</param>
    public static ReportDiagnostic From(Diagnostic diagnostic) => From(diagnostic, null);

    /// <summary>The finding of a validation run as a report in <paramref name="language"/> shows it.</summary>
    /// <param name="diagnostic">A diagnostic from <see cref="Validator.Validate"/>.</param>
    /// <param name="language">The language of the report.</param>
    public static ReportDiagnostic From(Diagnostic diagnostic, Language language) => From(diagnostic, (Language?)language);

    private static ReportDiagnostic From(Diagnostic diagnostic, Language? language)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new ReportDiagnostic
        {
            Code = diagnostic.Code,
            Severity = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => ReportSeverity.Error,
                DiagnosticSeverity.Warning => ReportSeverity.Warning,
                _ => ReportSeverity.Info,
            },
            Message = language is { } l ? diagnostic.MessageIn(l) : diagnostic.Message,
            ElementIds = diagnostic.Subjects,
        };
    }
}
