namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0029: a target that does not say against what it is set.</summary>
internal sealed class TargetWithoutReferenceFrameRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0029",
    Title = "Target without reference frame",
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Measurability,
    MessageFormat = "Indicator '{0}' has a target dated {1} without a reference frame.",
    Rationale = "Whether a target is ambitious depends on what it is compared with: the city average, comparable neighbourhoods or the area's own starting point. Naming the frame makes the ambition explainable to council and residents.",
    Source = "004a §4.5 IND-04",
    HelpText = "Set the target's reference frame (target.frame): city average, G4 average, national average, own baseline or comparable areas.",
})
{
    public override void Analyze(ValidationContext context) => context.OnTarget((found, indicator, i, t) =>
    {
        if (indicator is { Id.Value: { } id } && indicator.Targets[t] is { Frame: null } target)
        {
            found.Report(id, JsonPaths.Target(i, t), id, Dates.Iso(target.Date));
        }
    });
}
