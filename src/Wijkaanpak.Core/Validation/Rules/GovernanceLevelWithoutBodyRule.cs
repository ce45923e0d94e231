using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0043: the tactical or operational governance level has no body.</summary>
internal sealed class GovernanceLevelWithoutBodyRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0043",
    Title = "Governance level without a body",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = "The alliance has no governance body at the {0} level.",
    Rationale = "Agreements made by executives only hold when they travel down to managers and the work floor; the practice organises steering at three levels so that each partner is present at each of them.",
    Source = "004b §4 V20; 001 §4 rule 25",
    HelpText = "Add a body at the missing level (alliantie.bodies), e.g. a programme team (tactisch) or a wijkteam overleg (operationeel).",
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie is not { } alliantie)
        {
            return;
        }

        foreach (var level in (ReadOnlySpan<GovernanceLevel>)[GovernanceLevel.Tactisch, GovernanceLevel.Operationeel])
        {
            if (!alliantie.Bodies.Any(b => b?.Level == level))
            {
                context.Report(level.ToString(), JsonPaths.Bodies, level.ToString().ToLowerInvariant());
            }
        }
    }
}
