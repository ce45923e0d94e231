using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0044: an alliance without an executive (*bestuurlijk*) body.</summary>
internal sealed class NoExecutiveBodyRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0044",
    Title = "No executive body",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Ownership,
    MessageFormat = "The alliance '{0}' has no executive (bestuurlijk) body.",
    Rationale = "Without a steering group of executives with mandate nobody can take the decisions that bind the partners, re-allocate money or settle conflicts; the alliance stays an informal meeting.",
    Source = "004a §4.3 ALL-01; 001 §4 rule 14",
    HelpText = "Add a body at level bestuurlijk (alliantie.bodies) whose members are executives of the partners.",
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
