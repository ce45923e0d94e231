using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0006: a goal or linked intervention from which no path of contributions leads to a mission.</summary>
internal sealed class ReachesNoMissionRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0006",
    Title = new("Knoop bereikt de missie niet", "Node reaches no mission"),
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "{1:C} {0} heeft geen pad van bijdragen naar de missie.",
        "{1:C} {0} has no path of contributions to the mission."),
    Rationale = new(
        "De langetermijndoelen zijn altijd leidend: elk doel en elk gekoppeld middel hoort via de keten omhoog bij de missie uit te komen, anders is het een eiland waarvan het effect op de aanpak niet te beargumenteren is.",
        "The long-term goals are always leading: every goal and every linked means should trace upward to the mission, otherwise it is an island whose effect on the approach cannot be argued."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Wijkgericht werken vergeleken (2005)",
    HelpText = new(
        "Verbind de knoop, of de top van de keten waar hij bij hoort, met de ambitie of missie die hij dient.",
        "Connect the node, or the top of the chain it belongs to, to the ambition or mission it serves."),
})
{
    public override void Analyze(ValidationContext context) => context.OnVertex((found, v) =>
    {
        var toc = found.Session.Toc;
        var candidate = toc.Kinds[v] switch
        {
            NodeKind.Goal => toc.Levels[v] != GoalLevel.Mission,
            NodeKind.Intervention => toc.Contributions.OutDegree(v) > 0,
            _ => false,
        };
        if (candidate && toc.HasMission && !toc.ReachesMission.Contains(v))
        {
            found.Report(toc.IdOf(v), toc.PathOf(v), toc.IdOf(v), toc.Kinds[v]);
        }
    });
}
