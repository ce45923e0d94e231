using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>Finds interventions without any outgoing contribution, split into small initiatives and the rest (WA0003, WA0004).</summary>
internal static class UnlinkedInterventions
{
    /// <summary>Registers, for the walk over the theory-of-change vertices, the report of each unlinked intervention that is (or is not) a small initiative.</summary>
    public static void Register(ValidationContext context, bool smallInitiatives) => context.OnVertex((found, v) =>
    {
        var toc = found.Session.Toc;
        if (toc.Kinds[v] != NodeKind.Intervention || toc.Contributions.OutDegree(v) > 0)
        {
            return;
        }

        var intervention = toc.Toc.Interventions[toc.Positions[v]];
        if (IsSmallInitiative(intervention.Kind) == smallInitiatives)
        {
            found.Report(toc.IdOf(v), toc.PathOf(v), toc.IdOf(v), intervention.Kind);
        }
    });

    private static bool IsSmallInitiative(InterventionKind kind) =>
        kind is InterventionKind.QuickWin or InterventionKind.SmallWin or InterventionKind.Bewonersinitiatief;
}
