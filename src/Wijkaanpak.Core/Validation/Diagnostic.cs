using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// One finding of a validation run (*bevinding*): which rule, how serious in this run, the
/// message, and the model elements concerned.
/// </summary>
/// <param name="Descriptor">The rule that reported it.</param>
/// <param name="Severity">Its severity in this run, after profile and overrides.</param>
/// <param name="Message">The formatted message, in the language of the run (<see cref="ValidationOptions.Language"/>).</param>
/// <param name="Subjects">
/// The ids of the model elements concerned, in a meaningful order: for a cycle, its nodes in
/// path order; otherwise the element first, then what it refers to.
/// </param>
/// <param name="Location">A JSON path into the model file of the first subject, e.g. <c>$.theoryOfChange.interventions[4]</c>, or null when the finding concerns the model as a whole.</param>
public sealed record Diagnostic(
    RuleDescriptor Descriptor,
    DiagnosticSeverity Severity,
    string Message,
    EquatableArray<string> Subjects,
    string? Location)
{
    /// <summary>The values the rule gave for the message's placeholders (elements already resolved to their names), so the message can be written in another language.</summary>
    public EquatableArray<object?> MessageArguments { get; init; }

    /// <summary>The message in <paramref name="language"/>.</summary>
    /// <param name="language">The language to write in.</param>
    public string MessageIn(Language language) => Descriptor.MessageFormat.Format(language, MessageArguments.AsSpan());

    /// <summary>The stable code of the rule, e.g. <c>WA0002</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The finding as one compiler-style line: <c>warning WA0020: message [subject, …]</c>.</summary>
    public override string ToString() =>
        Subjects.IsEmpty
            ? $"{SeverityText(Severity)} {Code}: {Message}"
            : $"{SeverityText(Severity)} {Code}: {Message} [{string.Join(", ", Subjects)}]";

    /// <summary>The lower-case word for a severity, as compilers print it: error, warning, info.</summary>
    /// <param name="severity">The severity.</param>
    public static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
