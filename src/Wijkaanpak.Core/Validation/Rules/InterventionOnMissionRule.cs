using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0010: an intervention attached directly to the mission.</summary>
internal sealed class InterventionOnMissionRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0010",
    Title = "Intervention attached directly to the mission",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Structure,
    MessageFormat = "Intervention '{0}' contributes directly to the mission '{1}'.",
    Rationale = "An activity that claims to serve the mission directly skips the goals through which its effect could be shown; it cannot be monitored or weighed against the other means.",
    Source = "000 §4 V30; 004a §4.1 TOC-09",
    HelpText = "Point the intervention at the output or goal it actually changes.",
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
