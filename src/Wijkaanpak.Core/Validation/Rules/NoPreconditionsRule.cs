namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0014: goals are stated but no preconditions (*randvoorwaarden*) are made explicit.</summary>
internal sealed class NoPreconditionsRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0014",
    Title = new("Geen randvoorwaarden benoemd", "No preconditions made explicit"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "De verandertheorie heeft {0:doel|doelen} maar noemt geen randvoorwaarden.",
        "The theory of change has {0:goal|goals} but names no preconditions."),
    Rationale = new(
        "Terugredeneren vanaf de doelen laat zien wat er moet zijn voordat een interventie kan werken, zoals basisveiligheid of een werkende woningmarkt; wie ze impliciet laat, zorgt dat niemand ze bewaakt.",
        "Working backwards from the goals reveals what must be in place before any intervention can work, such as basic safety or a working housing market; leaving them implicit means nobody monitors them."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Voeg de randvoorwaarden toe waarvan de keten afhangt (theoryOfChange.preconditions) en koppel de knopen die ze nodig hebben.",
        "Add the preconditions the chain depends on (theoryOfChange.preconditions) and link the nodes that need them."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var toc = context.Model.TheoryOfChange;
        if (toc.Goals.Count > 0 && toc.Preconditions.IsEmpty)
        {
            context.ReportModel(toc.Goals.Count);
        }
    }
}
