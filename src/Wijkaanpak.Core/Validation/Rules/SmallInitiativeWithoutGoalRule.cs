namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0004: a quick win, small win or resident initiative that contributes to no goal.</summary>
internal sealed class SmallInitiativeWithoutGoalRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0004",
    Title = new("Klein initiatief niet aan een doel gekoppeld", "Small initiative not linked to a goal"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "Interventie {0} ({1}) draagt aan geen enkel doel bij.",
        "Intervention {0} ({1}) contributes to no goal."),
    Rationale = new(
        "Quick wins, small wins en initiatieven van bewoners zelf bouwen vertrouwen en energie op en mogen een zwakke koppeling met de doelen hebben, zolang ze als zodanig zijn gemarkeerd en binnen een bescheiden budget blijven; een koppeling laat toch zien hoe ze passen.",
        "Quick wins, small wins and residents' own initiatives build trust and energy and may lack a strong goal link, as long as they are tagged as such and stay within a modest budget; linking them still shows how they fit."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Koppel het initiatief aan het doel dat het ondersteunt als dat er is; houd het anders gemarkeerd en binnen het budget voor kleine initiatieven.",
        "Link the initiative to the goal it supports if there is one; otherwise keep it tagged and within the small-initiatives budget."),
})
{
    public override void Analyze(ValidationContext context) => UnlinkedInterventions.Register(context, smallInitiatives: true);
}
