using System.Diagnostics.CodeAnalysis;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// Validates a wijkaanpak (*toetsen*): runs every enabled rule of the catalogue and any rules of
/// your own over a model and returns all findings at once, in a deterministic order. Pure: the
/// same model and options give the same result, on any thread.
/// </summary>
/// <example>
/// <code>
/// var result = Validator.Validate(model, new ValidationOptions { Profile = ValidationProfile.Nplv, Today = new LocalDate(2025, 1, 1) });
/// foreach (var d in result.Diagnostics) Console.WriteLine(d);
/// </code>
/// </example>
public static class Validator
{
    /// <summary>The descriptors of the built-in rules in code order, including <c>WA0000</c> (a rule failed to run).</summary>
    public static IReadOnlyList<RuleDescriptor> BuiltInRules => RuleCatalogue.Descriptors;

    /// <summary>Runs the rules over <paramref name="model"/>.</summary>
    /// <param name="model">The model to validate; it need not pass <see cref="ModelIntegrity"/> (integrity problems become findings).</param>
    /// <param name="options">Profile, overrides, disabled rules, reference date, own rules; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>Every finding, ordered; never throws for any model.</returns>
    /// <exception cref="ArgumentException">An additional rule has no descriptor or reuses a code that is already taken.</exception>
    public static ValidationResult Validate(WijkaanpakModel model, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= ValidationOptions.Default;
        var rules = RulesOf(options);
        var session = new ValidationSession(model, options);
        session.Prepare(
            Runs(RuleCatalogue.Integrity, options),
            RuleCatalogue.Rules.Any(r => r.Descriptor.Category == RuleCategory.Structure && Runs(r.Descriptor, options)));
        var diagnostics = new List<Diagnostic>();
        var skipped = new List<string>();
        foreach (var rule in rules)
        {
            var descriptor = rule.Descriptor;
            if (Runs(descriptor, options))
            {
                Run(rule, descriptor, session, diagnostics);
            }
            else if (!options.DisabledRules.Contains(descriptor.Code))
            {
                skipped.Add(descriptor.Code);
            }
        }

        diagnostics.Sort(DiagnosticOrder.Instance);
        skipped.Sort(StringComparer.Ordinal);
        return new ValidationResult(options.Profile, diagnostics.ToEquatableArray(), skipped.ToEquatableArray());
    }

    /// <summary>The severity a rule reports with in a run with <paramref name="options"/>: an override, else the profile's.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="options">The options of the run.</param>
    public static DiagnosticSeverity EffectiveSeverity(RuleDescriptor descriptor, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(options);
        return options.SeverityOverrides.TryGetValue(descriptor.Code, out var severity)
            ? severity
            : descriptor.SeverityIn(options.Profile);
    }

    /// <summary>Whether a rule runs with <paramref name="options"/>: it is not disabled, and it has the reference date it needs.</summary>
    private static bool Runs(RuleDescriptor descriptor, ValidationOptions options) =>
        !options.DisabledRules.Contains(descriptor.Code) && (!descriptor.NeedsReferenceDate || options.Today is not null);

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A failing rule, possibly a user's, must not hide the findings of the other rules; it becomes a WA0000 finding.")]
    private static void Run(ValidationRule rule, RuleDescriptor descriptor, ValidationSession session, List<Diagnostic> diagnostics)
    {
        var found = new List<Diagnostic>();
        try
        {
            rule.Analyze(new ValidationContext(session, descriptor, EffectiveSeverity(descriptor, session.Options), found));
            diagnostics.AddRange(found);
        }
        catch (Exception exception)
        {
            var failure = RuleCatalogue.RuleFailure;
            var context = new ValidationContext(session, failure, EffectiveSeverity(failure, session.Options), diagnostics);
            context.Report(descriptor.Code, null, descriptor.Code, exception.GetType().Name, exception.Message);
        }
    }

    private static List<ValidationRule> RulesOf(ValidationOptions options)
    {
        var rules = new List<ValidationRule>(RuleCatalogue.Rules);
        var codes = new HashSet<string>(RuleCatalogue.Descriptors.Select(d => d.Code), StringComparer.Ordinal);
        foreach (var rule in options.AdditionalRules)
        {
            var code = rule?.Descriptor?.Code;
            if (rule is null || code is null)
            {
                throw new ArgumentException("Every additional rule needs a descriptor with a code.", nameof(options));
            }

            if (!codes.Add(code))
            {
                throw new ArgumentException($"The rule code '{code}' is already taken; give your rule its own code.", nameof(options));
            }

            rules.Add(rule);
        }

        return rules;
    }
}
