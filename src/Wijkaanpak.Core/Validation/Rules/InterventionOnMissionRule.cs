using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0010: an intervention attached directly to the mission.</summary>
internal sealed class InterventionOnMissionRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0010",
    Title = new("Interventie direct aan de missie gekoppeld", "Intervention attached directly to the mission"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "Interventie {0} draagt direct bij aan de missie {1}.",
        "Intervention {0} contributes directly to the mission {1}."),
    Rationale = new(
        "Een activiteit die zegt de missie direct te dienen, slaat de doelen over waarlangs haar effect zichtbaar zou worden; zij valt niet te monitoren of af te wegen tegen de andere middelen.",
        "An activity that claims to serve the mission directly skips the goals through which its effect could be shown; it cannot be monitored or weighed against the other means."),
    Source = "Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007); Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Laat de interventie wijzen naar de prestatie of het doel dat zij werkelijk verandert.",
        "Point the intervention at the output or goal it actually changes."),
})
{
    public override void Analyze(ValidationContext context) => context.OnContribution((found, e) =>
    {
        var toc = found.Session.Toc;
        if (toc.Kinds[toc.EdgeFrom[e]] == NodeKind.Intervention && toc.Levels[toc.EdgeTo[e]] == GoalLevel.Mission)
        {
            found.Report([toc.IdOf(toc.EdgeFrom[e]), toc.IdOf(toc.EdgeTo[e])], JsonPaths.Edge(e), toc.IdOf(toc.EdgeFrom[e]), toc.IdOf(toc.EdgeTo[e]));
        }
    });
}
