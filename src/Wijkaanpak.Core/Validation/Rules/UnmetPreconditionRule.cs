using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0016: a precondition known to be unmet while goals or interventions need it.</summary>
internal sealed class UnmetPreconditionRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0016",
    Title = new("Benodigde randvoorwaarde niet vervuld", "Needed precondition is unmet"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "Randvoorwaarde {0} is niet vervuld, terwijl {1:knoop haar nodig heeft|knopen haar nodig hebben}, zoals {2}.",
        "Precondition {0} is unmet, yet {1:node needs|nodes need} it, such as {2}."),
    Rationale = new(
        "Interventies die een randvoorwaarde nodig hebben die er niet is, leveren niet; randvoorwaarden worden juist bewaakt zodat het programma er eerst op kan sturen.",
        "Interventions that need a precondition that is not in place will not deliver; preconditions are monitored precisely so that the programme can act on them first."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Plan eerst het werk dat de randvoorwaarde op orde brengt, of herzie de interventies die ervan afhangen.",
        "Plan the work that puts the precondition in place first, or revise the interventions that depend on it."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var toc = context.Session.Toc;
        var needers = new List<int>[toc.Count];
        for (var e = 0; e < toc.EdgeFrom.Length; e++)
        {
            var (from, to) = (toc.EdgeFrom[e], toc.EdgeTo[e]);
            if (toc.EdgeKinds[e] == ChangeEdgeKind.RequiresPrecondition && from >= 0 && to >= 0 && toc.Kinds[to] == NodeKind.Precondition)
            {
                (needers[to] ??= []).Add(from);
            }
        }

        var preconditions = toc.Toc.Preconditions;
        for (var v = 0; v < toc.Count; v++)
        {
            if (needers[v] is { } needing && preconditions[toc.Positions[v]].Status == PreconditionStatus.Unmet)
            {
                context.Report([toc.IdOf(v), .. needing.Select(toc.IdOf)], toc.PathOf(v), toc.IdOf(v), needing.Count, toc.IdOf(needing[0]));
            }
        }
    }
}
