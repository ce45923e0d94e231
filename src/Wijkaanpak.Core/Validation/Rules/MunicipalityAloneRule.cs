using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0056: every alliance member is (part of) the municipality.</summary>
internal sealed class MunicipalityAloneRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0056",
    Title = "Alliance of the municipality alone",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = "All {0} members of the alliance are municipal; no other organisation takes part.",
    Rationale = "Do not work alone, not even when a colleague from another department can be consulted: a core group with at least one organisation besides the municipality is what made the pilots work.",
    Source = "000 §4 V15; 004a §4.3 ALL-04",
    HelpText = "Bring in at least one partner from outside the municipality, such as a housing corporation, welfare organisation or school.",
})
{
    public override void Analyze(ValidationContext context)
    {
        var members = context.Model.Alliantie?.Members ?? default;
        if (members.Count > 0 && members.All(m => m is not null && context.Model.FindStakeholder(m.StakeholderId)?.Type == StakeholderType.Gemeente))
        {
            context.Report([], JsonPaths.Alliantie, members.Count);
        }
    }
}
