namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0080: the alliance does not state its resident involvement variant (A–E).</summary>
internal sealed class ResidentInvolvementNotStatedRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0080",
    Title = "Resident involvement variant not stated",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Participation,
    MessageFormat = "The alliance '{0}' does not state how residents are involved (variant A to E).",
    Rationale = "Residents and partners need to know in advance whether residents are informed, consulted, advise, co-decide or lead; an unstated choice leads to disappointed expectations and contested decisions.",
    Source = "004b §4 V23; 001 §4 rule 23",
    HelpText = "Choose and record the participation variant (alliantie.residentInvolvement).",
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie is { ResidentInvolvement: null } alliantie)
        {
            context.Report([], JsonPaths.Alliantie, alliantie.Name);
        }
    }
}
