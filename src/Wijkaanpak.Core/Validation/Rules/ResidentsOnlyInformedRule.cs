using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0081: residents are involved only as variant A or B (informed or consulted).</summary>
internal sealed class ResidentsOnlyInformedRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0081",
    Title = new("Bewoners alleen geïnformeerd of geraadpleegd", "Residents informed or consulted only"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Participation,
    MessageFormat = new(
        "Bewoners zijn alleen betrokken volgens {0}; in de ontwerpfase horen zij mee te helpen de visie in een programma om te zetten.",
        "Residents are involved as {0} only; by the design phase they should help turn the vision into a programme."),
    Rationale = new(
        "Bewoners informeren of raadplegen past misschien bij de start, maar programma's die zonder hen zijn ontworpen, missen wat bewoners weten en nodig hebben; het handboek verwacht een zwaardere variant zodra de visie een programma wordt.",
        "Informing or consulting residents may suit the start, but programmes designed without them miss what residents know and need; the handbook expects a heavier variant once the vision becomes a programme."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Ga naar variant C of hoger: bewoners adviseren over, beslissen mee over of leiden delen van het programma.",
        "Move to variant C or higher: residents advise on, co-decide or lead parts of the programme."),
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie?.ResidentInvolvement is ResidentInvolvementVariant.A or ResidentInvolvementVariant.B)
        {
            context.Report([], JsonPaths.Alliantie, context.Model.Alliantie.ResidentInvolvement);
        }
    }
}
