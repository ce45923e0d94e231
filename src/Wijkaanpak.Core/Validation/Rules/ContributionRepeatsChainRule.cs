namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>
/// WA0088: a contribution from a means to a goal that a chain of two contributions through
/// another goal already makes (i → g next to i → h → g). Longer chains are found by the
/// transitive reduction in <c>samples/scripts/redundant-contributions.cs</c>; this rule keeps to
/// two steps so that it costs one pass over each node's neighbours' neighbours.
/// </summary>
internal sealed class ContributionRepeatsChainRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0088",
    Title = new("Bijdrage herhaalt een keten", "Contribution repeats a chain"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "{0} draagt direct bij aan {1} en ook via {2}.",
        "{0} contributes to {1} directly and also through {2}."),
    Rationale = new(
        "Een middel kan direct en via een ander doel werken, maar wie bijdragen weegt of geld naar rato over doelen verdeelt, telt de directe schakel dan mee naast de keten die hetzelfde zegt: dubbeltelling. Dat verdient een blik: of de directe schakel zegt iets wat de keten niet zegt (leg dat vast in de onderbouwing), of hij kan weg.",
        "A means can work directly and through another goal, but when contributions are weighed or money is apportioned to goals by them, the direct link counts next to the chain that says the same: double counting. It deserves a look: either the direct link says something the chain does not (write that in its rationale), or it can go."),
    Source = "Barrières en Breekijzers in de Buurt (PwC, 2008)",
    HelpText = new(
        "Schrap de directe bijdrage, of beschrijf in de onderbouwing wat die toevoegt aan de keten.",
        "Remove the direct contribution, or say in its rationale what it adds to the chain."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var toc = context.Session.Toc;
        var graph = toc.Contributions;
        var direct = new int[toc.Count];
        var reported = new int[toc.Count];
        Array.Fill(direct, -1);
        Array.Fill(reported, -1);
        for (var u = 0; u < toc.Count; u++)
        {
            var targets = graph.OutNeighbors(u);
            foreach (var g in targets)
            {
                direct[g] = u;
            }

            foreach (var h in targets)
            {
                if (h == u)
                {
                    continue;
                }

                foreach (var g in graph.OutNeighbors(h))
                {
                    if (g != h && g != u && direct[g] == u && reported[g] != u)
                    {
                        reported[g] = u;
                        context.Report([toc.IdOf(u), toc.IdOf(g), toc.IdOf(h)], toc.PathOf(u), toc.IdOf(u), toc.IdOf(g), toc.IdOf(h));
                    }
                }
            }
        }
    }
}
