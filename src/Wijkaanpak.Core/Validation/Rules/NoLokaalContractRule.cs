namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0049: an alliance without a lokaal contract, convenant or pact.</summary>
internal sealed class NoLokaalContractRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0049",
    Title = "No lokaal contract",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = "The alliance '{0}' has not formalised its commitments in a lokaal contract, convenant or pact.",
    Rationale = "A signed agreement between executives turns good intentions into commitments that survive changes of people; it records principles, ambitions and how the work is financed.",
    Source = "004a §4.3 ALL-08; 004b §4 V24",
    HelpText = "Record the contract with its signatories, signing date and review interval (alliantie.contract).",
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
