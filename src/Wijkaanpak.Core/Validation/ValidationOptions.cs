using System.Collections.Frozen;
using NodaTime;
using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// How one validation run is done: the profile, per-rule severity overrides and disabled rules,
/// the reference date for time rules, and any rules of your own.
/// </summary>
public sealed record ValidationOptions
{
    /// <summary>The options of a plain run: default profile, no overrides, no reference date.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The rule set to apply.</summary>
    public ValidationProfile Profile { get; init; } = ValidationProfile.Default;

    /// <summary>Severities that replace the profile's severity for the given rule codes (ordinal, case-sensitive).</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> SeverityOverrides { get; init; } =
        FrozenDictionary<string, DiagnosticSeverity>.Empty;

    /// <summary>Codes of rules that do not run in this run.</summary>
    public IReadOnlySet<string> DisabledRules { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// The reference date (*peildatum*) that time rules compare with, such as "is the contract
    /// review overdue" or "are the measurements stale". Rules never read the clock: when this is
    /// null, the rules whose descriptor says <see cref="RuleDescriptor.NeedsReferenceDate"/> are
    /// skipped and listed in <see cref="ValidationResult.SkippedRules"/>.
    /// </summary>
    public LocalDate? Today { get; init; }

    /// <summary>The language the findings' messages are written in (<see cref="Diagnostic.Message"/>); Dutch unless set.</summary>
    public Language Language { get; init; } = Language.Dutch;

    /// <summary>Your own rules, run after the built-in ones. Their codes must not clash with built-in codes or each other.</summary>
    public IReadOnlyList<ValidationRule> AdditionalRules { get; init; } = [];
}
