using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// What a validation rule checks, as data (*toetsregel*): a stable code that never changes
/// meaning, a title, a default severity, a category, the format of its messages, the reasoning
/// behind it with the source it rests on, and how to fix a finding, every text in Dutch and
/// English (<see cref="LocalizedText"/>). Modelled on Roslyn's
/// <c>DiagnosticDescriptor</c>; <c>docs/rules.md</c> is generated from these.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>The stable code, e.g. <c>WA0002</c>. Built-in rules use <c>WA</c> and four digits; choose another prefix for your own rules.</summary>
    public required string Code { get; init; }

    /// <summary>A short title, e.g. "Kringloop in de verandertheorie" / "Cycle in the theory of change".</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The severity under the <see cref="ValidationProfile.Default"/> profile.</summary>
    public required DiagnosticSeverity DefaultSeverity { get; init; }

    /// <summary>The severity under the <see cref="ValidationProfile.Nplv"/> profile, when it differs from the default.</summary>
    public DiagnosticSeverity? NplvSeverity { get; init; }

    /// <summary>The part of the wijkaanpak the rule looks at.</summary>
    public required RuleCategory Category { get; init; }

    /// <summary>
    /// The message of a finding, as a composite format string whose arguments the rule supplies,
    /// e.g. <c>"Interventie {0} draagt aan geen enkel doel bij."</c> / <c>"Intervention {0} contributes to no goal."</c>.
    /// Formatted with <see cref="LocalizedText.Format"/> in the language of the run: enum values by
    /// their display names, <c>{0:knoop|knopen}</c> as a count with its noun, and an argument that
    /// is the id of one of the finding's subjects as the element's name with the id in brackets.
    /// </summary>
    public required LocalizedText MessageFormat { get; init; }

    /// <summary>Why the rule exists, in the project's own words.</summary>
    public required LocalizedText Rationale { get; init; }

    /// <summary>The source documents the rationale rests on, by title, e.g. <c>Praktijkhandboek Slagkracht in de wijk (2024)</c>; shown as "(bron: …)".</summary>
    public required string Source { get; init; }

    /// <summary>How to resolve a finding.</summary>
    public required LocalizedText HelpText { get; init; }

    /// <summary>True when the rule compares dates with the reference date of the run and therefore only runs when <see cref="ValidationOptions.Today"/> is given.</summary>
    public bool NeedsReferenceDate { get; init; }

    /// <summary>The rationale in <paramref name="language"/> followed by its sources, e.g. "… (bron: Praktijkhandboek Slagkracht in de wijk (2024))".</summary>
    /// <param name="language">The language to write in.</param>
    public string RationaleWithSource(Language language) =>
        $"{Rationale.In(language)} ({(language == Language.English ? "source" : "bron")}: {Source})";

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
