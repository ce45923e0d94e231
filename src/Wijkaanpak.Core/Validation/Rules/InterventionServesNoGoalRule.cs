using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0003: an intervention that contributes to no goal (quick and small wins and resident initiatives excepted, see WA0004).</summary>
internal sealed class InterventionServesNoGoalRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0003",
    Title = "Intervention serves no goal",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = "Intervention '{0}' contributes to no goal.",
    Rationale = "Every means must say how it helps reach the goals, directly or indirectly; interventions without that link are how a programme turns into a project carousel of unrelated activities.",
    Source = "004b §4 V1; 004a §4.1 TOC-01; 000 §4 V01",
    HelpText = "Add a contribution edge from the intervention to the goal it serves, stating direct or indirect and why, or drop the intervention.",
})
{
    public override void Analyze(ValidationContext context) => UnlinkedInterventions.Register(context, smallInitiatives: false);
}
