using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0081: residents are involved only as variant A or B (informed or consulted).</summary>
internal sealed class ResidentsOnlyInformedRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0081",
    Title = "Residents informed or consulted only",
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Participation,
    MessageFormat = "Residents are involved as variant {0} only; by the design phase they should help turn the vision into a programme.",
    Rationale = "Informing or consulting residents may suit the start, but programmes designed without them miss what residents know and need; the handbook expects a heavier variant once the vision becomes a programme.",
    Source = "004b §4 V23",
    HelpText = "Move to variant C or higher: residents advise on, co-decide or lead parts of the programme.",
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie?.ResidentInvolvement is ResidentInvolvementVariant.A or ResidentInvolvementVariant.B)
        {
            context.Report([], JsonPaths.Alliantie, context.Model.Alliantie.ResidentInvolvement);
        }
    }
}
