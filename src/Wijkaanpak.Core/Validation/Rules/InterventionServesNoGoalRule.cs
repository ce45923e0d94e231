using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0003: an intervention that contributes to no goal (quick and small wins and resident initiatives excepted, see WA0004).</summary>
internal sealed class InterventionServesNoGoalRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0003",
    Title = new("Interventie dient geen doel", "Intervention serves no goal"),
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "Interventie {0} draagt aan geen enkel doel bij.",
        "Intervention {0} contributes to no goal."),
    Rationale = new(
        "Elk middel moet zeggen hoe het, direct of indirect, aan de doelen bijdraagt; interventies zonder die koppeling maken van een programma een projectencarrousel van losse activiteiten.",
        "Every means must say how it helps reach the goals, directly or indirectly; interventions without that link are how a programme turns into a project carousel of unrelated activities."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007)",
    HelpText = new(
        "Leg een bijdrage vast van de interventie naar het doel dat zij dient, direct of indirect en met de reden, of laat de interventie vallen.",
        "Add a contribution edge from the intervention to the goal it serves, stating direct or indirect and why, or drop the intervention."),
})
{
    public override void Analyze(ValidationContext context) => UnlinkedInterventions.Register(context, smallInitiatives: false);
}
