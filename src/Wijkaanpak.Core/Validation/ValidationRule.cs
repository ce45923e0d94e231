namespace Wijkaanpak.Core.Validation;

/// <summary>
/// A validation rule (*toetsregel*): looks at a model through a <see cref="ValidationContext"/>
/// and reports every finding it has, never stopping at the first. Derive from this class to add
/// your own rules and pass them in <see cref="ValidationOptions.AdditionalRules"/>.
/// </summary>
/// <remarks>
/// A rule must be stateless and thread-safe: it may run on several models at once. It must not
/// read the clock; time rules compare with <see cref="ValidationContext.Today"/>. An exception
/// thrown by a rule does not abort the run: it becomes a <c>WA0000</c> error naming the rule.
/// </remarks>
public abstract class ValidationRule
{
    /// <summary>What the rule checks: code, title, severity, message format, rationale, help.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Examines the model and reports findings through <see cref="ValidationContext.Report(IEnumerable{string}, string?, object?[])"/>.</summary>
    /// <param name="context">The model, the options of the run and the shared precomputed views.</param>
    public abstract void Analyze(ValidationContext context);
}
