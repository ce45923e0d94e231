namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0062: neither the model nor its theory of change states a horizon.</summary>
internal sealed class HorizonNotStatedRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0062",
    Title = "Horizon not stated",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Time,
    MessageFormat = "The approach '{0}' states no horizon (stip op de horizon).",
    Rationale = "Long-term goals are the compass that keeps short programmes pointing the same way; without a stated end date nobody can tell whether programmes, targets and contracts fit the approach.",
    Source = "004a §4.2 VIS-01; 004b §4 V26",
    HelpText = "State the period of the approach as a whole (horizon), typically ten to twenty years.",
})
{
    public override void Analyze(ValidationContext context)
    {
        if (StatedHorizon.Of(context.Model) is null)
        {
            context.Report([], JsonPaths.Root, context.Model.Name);
        }
    }
}
