namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0004: a quick win, small win or resident initiative that contributes to no goal.</summary>
internal sealed class SmallInitiativeWithoutGoalRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0004",
    Title = "Small initiative not linked to a goal",
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Structure,
    MessageFormat = "Intervention '{0}' ({1}) contributes to no goal.",
    Rationale = "Quick wins, small wins and residents' own initiatives build trust and energy and may lack a strong goal link, as long as they are tagged as such and stay within a modest budget; linking them still shows how they fit.",
    Source = "004b §4 V2",
    HelpText = "Link the initiative to the goal it supports if there is one; otherwise keep it tagged and within the small-initiatives budget.",
})
{
    public override void Analyze(ValidationContext context) => UnlinkedInterventions.Register(context, smallInitiatives: true);
}
