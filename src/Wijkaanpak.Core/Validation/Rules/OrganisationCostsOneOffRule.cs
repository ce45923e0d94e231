using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0072: a programme whose organisation costs are funded only from one-off money.</summary>
internal sealed class OrganisationCostsOneOffRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0072",
    Title = "Organisation costs funded only once",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Money,
    MessageFormat = "Programme '{0}' funds its organisation costs only from one-off budget lines.",
    Rationale = "The programme office, process direction and knowledge development carry the approach across programmes; paying them from one-off money puts the backbone of a twenty-year effort at risk at every budget round.",
    Source = "004b §4 V31",
    HelpText = "Fund organisation costs from at least one structural budget line.",
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
