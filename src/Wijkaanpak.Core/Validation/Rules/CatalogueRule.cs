namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>A built-in rule: a <see cref="ValidationRule"/> whose descriptor is fixed data.</summary>
/// <param name="descriptor">The rule's descriptor.</param>
internal abstract class CatalogueRule(RuleDescriptor descriptor) : ValidationRule
{
    public sealed override RuleDescriptor Descriptor { get; } = descriptor;
}
