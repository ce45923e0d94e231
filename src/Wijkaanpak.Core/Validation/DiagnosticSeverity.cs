using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// How serious a validation finding is (*ernst*). Ordered from least to most serious, so a
/// comparison says which of two findings weighs more.
/// </summary>
public enum DiagnosticSeverity
{
    /// <summary>Advice (*advies*): worth knowing, no action required.</summary>
    [LocalizedName("informatie", "info")]
    Info,

    /// <summary>A weakness in the plan (*waarschuwing*) that the programme team should look at.</summary>
    [LocalizedName("waarschuwing", "warning")]
    Warning,

    /// <summary>A defect (*fout*): the theory of change, alliance or indicator set cannot be signed off like this.</summary>
    [LocalizedName("fout", "error")]
    Error,
}
