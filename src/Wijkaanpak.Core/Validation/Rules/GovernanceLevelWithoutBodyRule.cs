using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0043: the tactical or operational governance level has no body.</summary>
internal sealed class GovernanceLevelWithoutBodyRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0043",
    Title = new("Sturingsniveau zonder overleg", "Governance level without a body"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "De alliantie heeft geen overlegorgaan op {0} niveau.",
        "The alliance has no governance body at the {0} level."),
    Rationale = new(
        "Afspraken van bestuurders houden alleen stand als ze doorwerken naar managers en de werkvloer; de praktijk organiseert de sturing op drie niveaus, zodat elke partner op elk niveau aanwezig is.",
        "Agreements made by executives only hold when they travel down to managers and the work floor; the practice organises steering at three levels so that each partner is present at each of them."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Checklist Wmo-praktijken (Verwey-Jonker Instituut, 2013)",
    HelpText = new(
        "Voeg een overleg toe op het ontbrekende niveau (alliantie.bodies), bijvoorbeeld een programmateam (tactisch) of een wijkteamoverleg (operationeel).",
        "Add a body at the missing level (alliantie.bodies), e.g. a programme team (tactical) or a neighbourhood team meeting (operational)."),
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
                context.Report(level.ToString(), JsonPaths.Bodies, level);
            }
        }
    }
}
