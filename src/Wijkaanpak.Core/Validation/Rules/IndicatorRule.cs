using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>A rule that judges each indicator on its own: reports it when <see cref="IsDeficient"/> holds.</summary>
/// <param name="descriptor">The rule's descriptor; its message takes the indicator id as argument 0.</param>
internal abstract class IndicatorRule(RuleDescriptor descriptor) : CatalogueRule(descriptor)
{
    public sealed override void Analyze(ValidationContext context) => context.OnIndicator((found, indicator, i) =>
    {
        if (indicator is { Id.Value: { } id } && IsDeficient(indicator, found))
        {
            found.Report(id, JsonPaths.Indicator(i), id);
        }
    });

    protected abstract bool IsDeficient(Indicator indicator, ValidationContext context);
}
