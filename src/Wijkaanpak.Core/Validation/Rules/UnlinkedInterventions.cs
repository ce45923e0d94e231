using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>Finds interventions without any outgoing contribution, split into small initiatives and the rest (WA0003, WA0004).</summary>
internal static class UnlinkedInterventions
{
    public static void Report(ValidationContext context, bool smallInitiatives)
    {
        var toc = context.Session.Toc;
        var interventions = toc.Toc.Interventions;
        for (var v = 0; v < toc.Count; v++)
        {
            if (toc.Kinds[v] != NodeKind.Intervention || toc.Contributions.OutDegree(v) > 0)
            {
                continue;
            }

            var intervention = interventions[toc.Positions[v]];
            if (IsSmallInitiative(intervention.Kind) == smallInitiatives)
            {
                context.Report(toc.IdOf(v), toc.PathOf(v), toc.IdOf(v), intervention.Kind);
            }
        }
    }

    private static bool IsSmallInitiative(InterventionKind kind) =>
        kind is InterventionKind.QuickWin or InterventionKind.SmallWin or InterventionKind.Bewonersinitiatief;
}
