using System.Diagnostics.CodeAnalysis;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// Validates a wijkaanpak (*toetsen*): runs every enabled rule of the catalogue and any rules of
/// your own over a model and returns all findings at once, in a deterministic order. Pure: the
/// same model and options give the same result, on any thread.
/// </summary>
/// <remarks>
/// For a large theory of change (from 65,536 edges) the nodes are numbered and the built-in rules
/// run on all cores; the findings and their order are the same as on one core. Rules of your own
/// always run one after the other, after the built-in ones, so they need not be thread-safe.
/// </remarks>
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
        var additional = AdditionalRulesOf(options);
        using var session = new ValidationSession(model, options);
        var skipped = new List<string>();
        var builtIn = Runnable(RuleCatalogue.Rules, options, skipped);
        var findings = new List<Diagnostic>[builtIn.Count];
        var actions = new ElementActions[builtIn.Count];
        var concurrently = session.PrepareToRunConcurrently();
        if (concurrently)
        {
            Parallel.For(0, builtIn.Count, i => (findings[i], actions[i]) = Run(builtIn[i], session));
        }
        else
        {
            for (var i = 0; i < builtIn.Count; i++)
            {
                (findings[i], actions[i]) = Run(builtIn[i], session);
            }
        }

        Walk(session, builtIn, findings, actions, concurrently);
        var diagnostics = new List<Diagnostic>(findings.Sum(f => f.Count));
        foreach (var found in findings)
        {
            diagnostics.AddRange(found);
        }

        foreach (var rule in Runnable(additional, options, skipped))
        {
            diagnostics.AddRange(Run(rule, session).Found);
        }

        diagnostics.Sort(DiagnosticOrder.Instance);
        skipped.Sort(StringComparer.Ordinal);
        return new ValidationResult(options.Profile, diagnostics.ToEquatableArray(), skipped.ToEquatableArray()) { Language = options.Language };
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

    /// <summary>The rules of <paramref name="rules"/> that run with <paramref name="options"/>: not disabled, and with the reference date they need; the codes of those left out for want of a date go to <paramref name="skipped"/>.</summary>
    private static List<ValidationRule> Runnable(IEnumerable<ValidationRule> rules, ValidationOptions options, List<string> skipped)
    {
        var runnable = new List<ValidationRule>();
        foreach (var rule in rules)
        {
            var descriptor = rule.Descriptor;
            if (options.DisabledRules.Contains(descriptor.Code))
            {
                continue;
            }

            if (descriptor.NeedsReferenceDate && options.Today is null)
            {
                skipped.Add(descriptor.Code);
            }
            else
            {
                runnable.Add(rule);
            }
        }

        return runnable;
    }

    /// <summary>
    /// Runs one rule; a rule that throws yields a single WA0000 finding instead of its own. Returns
    /// what it found and the actions it registered for the shared walks (none when it failed).
    /// </summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A failing rule, possibly a user's, must not hide the findings of the other rules; it becomes a WA0000 finding.")]
    private static (List<Diagnostic> Found, ElementActions Actions) Run(ValidationRule rule, ValidationSession session)
    {
        var descriptor = rule.Descriptor;
        var found = new List<Diagnostic>();
        var context = new ValidationContext(session, descriptor, EffectiveSeverity(descriptor, session.Options), found);
        try
        {
            rule.Analyze(context);
            return (found, context.Actions);
        }
        catch (Exception exception)
        {
            return (Failure(descriptor, exception, session), new ElementActions());
        }
    }

    /// <summary>Walks the model once for the actions the built-in rules registered and adds what they find to each rule's findings (WA0000 alone for a rule whose action threw).</summary>
    private static void Walk(ValidationSession session, List<ValidationRule> rules, List<Diagnostic>[] findings, ElementActions[] actions, bool concurrently)
    {
        var registrations = new SharedWalks.Registration?[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            if (!actions[i].IsEmpty)
            {
                var descriptor = rules[i].Descriptor;
                registrations[i] = new SharedWalks.Registration(descriptor, EffectiveSeverity(descriptor, session.Options), actions[i]);
            }
        }

        SharedWalks.Run(session, [.. registrations.OfType<SharedWalks.Registration>()], concurrently);
        for (var i = 0; i < rules.Count; i++)
        {
            if (registrations[i] is not { } registration)
            {
                continue;
            }

            if (registration.Failure is { } failure)
            {
                findings[i] = Failure(rules[i].Descriptor, failure, session);
            }
            else
            {
                foreach (var found in registration.Found)
                {
                    findings[i].AddRange(found);
                }
            }
        }
    }

    /// <summary>The single WA0000 finding that replaces the findings of a rule that threw <paramref name="exception"/>.</summary>
    private static List<Diagnostic> Failure(RuleDescriptor descriptor, Exception exception, ValidationSession session)
    {
        var failure = RuleCatalogue.RuleFailure;
        var failed = new List<Diagnostic>(1);
        var context = new ValidationContext(session, failure, EffectiveSeverity(failure, session.Options), failed);
        context.Report(descriptor.Code, null, descriptor.Code, exception.GetType().Name, exception.Message);
        return failed;
    }

    /// <summary>The user's own rules of <paramref name="options"/>, checked for a descriptor and a code of their own.</summary>
    private static List<ValidationRule> AdditionalRulesOf(ValidationOptions options)
    {
        var rules = new List<ValidationRule>();
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
