namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0046: the process direction is not independent of the partners.</summary>
internal sealed class ProcessDirectionNotIndependentRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0046",
    Title = "Process direction not independent",
    DefaultSeverity = DiagnosticSeverity.Info,
    NplvSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = "Process direction '{0}' is not independent of the partners.",
    Rationale = "A process director housed in the line of one partner, usually the municipality, is easily seen as that partner's agent; independence, or the explicit consent of all partners, keeps the role trusted.",
    Source = "004b §4 V18, V19",
    HelpText = "Make the process direction independent, or record that all partners consent to its employer and mark it independent (processDirection.isIndependent).",
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie?.ProcessDirection is { IsIndependent: false } direction)
        {
            context.Report([], JsonPaths.ProcessDirection, direction.Name);
        }
    }
}
