using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0072: a programme whose organisation costs are funded only from one-off money.</summary>
internal sealed class OrganisationCostsOneOffRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0072",
    Title = new("Organisatiekosten alleen incidenteel gefinancierd", "Organisation costs funded only once"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Money,
    MessageFormat = new(
        "Programma {0} financiert zijn organisatiekosten alleen uit incidentele begrotingsregels.",
        "Programme {0} funds its organisation costs only from one-off budget lines."),
    Rationale = new(
        "Het programmabureau, de procesregie en de kennisontwikkeling dragen de aanpak over de programma's heen; wie ze uit incidenteel geld betaalt, zet de ruggengraat van twintig jaar werk bij elke begrotingsronde op het spel.",
        "The programme office, process direction and knowledge development carry the approach across programmes; paying them from one-off money puts the backbone of a twenty-year effort at risk at every budget round."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Financier de organisatiekosten uit minstens één structurele begrotingsregel.",
        "Fund organisation costs from at least one structural budget line."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var programmes = context.Model.Programmes;
        for (var i = 0; i < programmes.Count; i++)
        {
            if (programmes[i] is not { Id.Value: { } id } programme)
            {
                continue;
            }

            var organisation = programme.BudgetLines.Where(l => l?.Purpose == BudgetPurpose.OrganisationCosts).ToList();
            if (organisation.Count > 0 && organisation.All(l => l.Nature == FundingNature.OneOff))
            {
                context.Report(id, JsonPaths.Programme(i), id);
            }
        }
    }
}
