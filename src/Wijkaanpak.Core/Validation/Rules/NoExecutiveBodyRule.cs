using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0044: an alliance without an executive (*bestuurlijk*) body.</summary>
internal sealed class NoExecutiveBodyRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0044",
    Title = new("Geen bestuurlijk overleg", "No executive body"),
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "De alliantie '{0}' heeft geen bestuurlijk overleg.",
        "The alliance '{0}' has no executive (bestuurlijk) body."),
    Rationale = new(
        "Zonder stuurgroep van bestuurders met mandaat kan niemand de besluiten nemen die de partners binden, geld herverdelen of conflicten beslechten; de alliantie blijft een informeel overleg.",
        "Without a steering group of executives with mandate nobody can take the decisions that bind the partners, re-allocate money or settle conflicts; the alliance stays an informal meeting."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Checklist Wmo-praktijken (Verwey-Jonker Instituut, 2013)",
    HelpText = new(
        "Voeg een overleg toe op bestuurlijk niveau (alliantie.bodies) met bestuurders van de partners als leden.",
        "Add a body at level bestuurlijk (alliantie.bodies) whose members are executives of the partners."),
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie is { } alliantie && !alliantie.Bodies.Any(b => b?.Level == GovernanceLevel.Bestuurlijk))
        {
            context.Report([], JsonPaths.Alliantie, alliantie.Name);
        }
    }
}
