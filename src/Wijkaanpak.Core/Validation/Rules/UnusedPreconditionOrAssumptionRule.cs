using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0012: a precondition or assumption that no node needs or rests on.</summary>
internal sealed class UnusedPreconditionOrAssumptionRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0012",
    Title = new("Randvoorwaarde of aanname waar niets op steunt", "Precondition or assumption that nothing relies on"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "{1:C} {0} is aan geen doel of interventie gekoppeld.",
        "{1:C} {0} is not linked to any goal or intervention."),
    Rationale = new(
        "Randvoorwaarden en aannames doen ertoe omdat bepaalde delen van de keten ervan afhangen; zonder koppeling weet niemand welke interventies gevaar lopen als er een wegvalt.",
        "Preconditions and assumptions matter because specific parts of the chain depend on them; unlinked, nobody knows which interventions are at risk when one fails."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Koppel de doelen of interventies die de randvoorwaarde nodig hebben of op de aanname steunen, of verwijder haar.",
        "Link the goals or interventions that need the precondition or rest on the assumption, or remove it."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var toc = context.Session.Toc;
        var used = new bool[toc.Count];
        foreach (var to in toc.EdgeTo)
        {
            if (to >= 0)
            {
                used[to] = true;
            }
        }

        for (var v = 0; v < toc.Count; v++)
        {
            if (toc.Kinds[v] is NodeKind.Precondition or NodeKind.Assumption && !used[v])
            {
                context.Report(toc.IdOf(v), toc.PathOf(v), toc.IdOf(v), toc.Kinds[v]);
            }
        }
    }
}
