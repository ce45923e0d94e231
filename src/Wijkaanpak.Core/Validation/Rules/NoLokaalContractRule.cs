namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0049: an alliance without a lokaal contract, convenant or pact.</summary>
internal sealed class NoLokaalContractRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0049",
    Title = new("Geen lokaal contract", "No lokaal contract"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "De alliantie '{0}' heeft haar afspraken niet vastgelegd in een lokaal contract, convenant of pact.",
        "The alliance '{0}' has not formalised its commitments in a lokaal contract, convenant or pact."),
    Rationale = new(
        "Een ondertekende overeenkomst tussen bestuurders maakt van goede bedoelingen afspraken die wisselingen van personen overleven; zij legt principes, ambities en de financiering van het werk vast.",
        "A signed agreement between executives turns good intentions into commitments that survive changes of people; it records principles, ambitions and how the work is financed."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Leg het contract vast met de ondertekenaars, de datum van ondertekening en de herzieningstermijn (alliantie.contract).",
        "Record the contract with its signatories, signing date and review interval (alliantie.contract)."),
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie is { Contract: null } alliantie)
        {
            context.Report([], JsonPaths.Alliantie, alliantie.Name);
        }
    }
}
