namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0080: the alliance does not state its resident involvement variant (A–E).</summary>
internal sealed class ResidentInvolvementNotStatedRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0080",
    Title = new("Variant van bewonersbetrokkenheid niet vastgelegd", "Resident involvement variant not stated"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Participation,
    MessageFormat = new(
        "De alliantie '{0}' legt niet vast hoe bewoners betrokken zijn (variant A tot en met E).",
        "The alliance '{0}' does not state how residents are involved (variant A to E)."),
    Rationale = new(
        "Bewoners en partners moeten vooraf weten of bewoners worden geïnformeerd, geraadpleegd, adviseren, meebeslissen of de leiding hebben; een onuitgesproken keuze leidt tot teleurgestelde verwachtingen en betwiste besluiten.",
        "Residents and partners need to know in advance whether residents are informed, consulted, advise, co-decide or lead; an unstated choice leads to disappointed expectations and contested decisions."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Checklist Wmo-praktijken (Verwey-Jonker Instituut, 2013)",
    HelpText = new(
        "Kies de participatievariant en leg haar vast (alliantie.residentInvolvement).",
        "Choose and record the participation variant (alliantie.residentInvolvement)."),
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie is { ResidentInvolvement: null } alliantie)
        {
            context.Report([], JsonPaths.Alliantie, alliantie.Name);
        }
    }
}
