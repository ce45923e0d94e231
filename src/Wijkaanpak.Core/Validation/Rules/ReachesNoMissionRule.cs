using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0006: a goal or linked intervention from which no path of contributions leads to a mission.</summary>
internal sealed class ReachesNoMissionRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0006",
    Title = "Node reaches no mission",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = "{1} '{0}' has no path of contributions to the mission.",
    Rationale = "The long-term goals are always leading: every goal and every linked means should trace upward to the mission, otherwise it is an island whose effect on the approach cannot be argued.",
    Source = "004b §4 V3; 004a §4.1 TOC-02; 003 §4 graph checks",
    HelpText = "Connect the node, or the top of the chain it belongs to, to the ambition or mission it serves.",
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
