namespace Wijkaanpak.Core.Validation;

/// <summary>
/// What a validation rule checks, as data (*toetsregel*): a stable code that never changes
/// meaning, a title, a default severity, a category, the format of its messages, the reasoning
/// behind it with the source it rests on, and how to fix a finding. Modelled on Roslyn's
/// <c>DiagnosticDescriptor</c>; <c>docs/rules.md</c> is generated from these.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>The stable code, e.g. <c>WA0002</c>. Built-in rules use <c>WA</c> and four digits; choose another prefix for your own rules.</summary>
    public required string Code { get; init; }

    /// <summary>A short title, e.g. "Cycle in the theory of change".</summary>
    public required string Title { get; init; }

    /// <summary>The severity under the <see cref="ValidationProfile.Default"/> profile.</summary>
    public required DiagnosticSeverity DefaultSeverity { get; init; }

    /// <summary>The severity under the <see cref="ValidationProfile.Nplv"/> profile, when it differs from the default.</summary>
    public DiagnosticSeverity? NplvSeverity { get; init; }

    /// <summary>The part of the wijkaanpak the rule looks at.</summary>
    public required RuleCategory Category { get; init; }

    /// <summary>
    /// The message of a finding, as a composite format string whose arguments the rule supplies,
    /// e.g. <c>"Intervention '{0}' contributes to no goal."</c>. Formatted with the invariant culture.
    /// </summary>
    public required string MessageFormat { get; init; }

    /// <summary>Why the rule exists, in the project's own words.</summary>
    public required string Rationale { get; init; }

    /// <summary>The domain source the rationale rests on, e.g. <c>004b §4 V1</c>; shown as "(bron: …)".</summary>
    public required string Source { get; init; }

    /// <summary>How to resolve a finding.</summary>
    public required string HelpText { get; init; }

    /// <summary>True when the rule compares dates with the reference date of the run and therefore only runs when <see cref="ValidationOptions.Today"/> is given.</summary>
    public bool NeedsReferenceDate { get; init; }

    /// <summary>The rationale followed by its source reference, e.g. "… (bron: 004b §4 V1)".</summary>
    public string RationaleWithSource => $"{Rationale} (bron: {Source})";

    /// <summary>
    /// The severity the rule reports with under <paramref name="profile"/>, before per-run
    /// overrides: <see cref="ValidationProfile.Strict"/> turns warnings into errors;
    /// <see cref="ValidationProfile.Nplv"/> uses <see cref="NplvSeverity"/> when set.
    /// </summary>
    /// <param name="profile">The profile of the run.</param>
    public DiagnosticSeverity SeverityIn(ValidationProfile profile) => profile switch
    {
        ValidationProfile.Strict when DefaultSeverity == DiagnosticSeverity.Warning => DiagnosticSeverity.Error,
        ValidationProfile.Nplv when NplvSeverity is { } nplv => nplv,
        _ => DefaultSeverity,
    };
}
