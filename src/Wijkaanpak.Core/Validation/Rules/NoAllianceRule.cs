namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0054: interventions are planned but no alliance is formed.</summary>
internal sealed class NoAllianceRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0054",
    Title = new("Geen alliantie", "No alliance"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "Het model plant {0:interventie|interventies} maar vormt geen alliantie van partners.",
        "The model plans {0:intervention|interventions} but forms no alliance of partners."),
    Rationale = new(
        "Gestapelde problemen in een wijk gaan de kracht van elke organisatie afzonderlijk te boven; een integrale wijkaanpak rust op een alliantie van de noodzakelijke partners met toezeggingen en sturing.",
        "Stacked problems in a neighbourhood are beyond any single organisation; an integrale wijkaanpak rests on an alliance of the necessary partners with commitments and governance."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007)",
    HelpText = new(
        "Beschrijf de alliantie: haar leden, hun toezeggingen en haar overlegorganen (alliantie).",
        "Describe the alliance: its members, their commitments and its governance bodies (alliantie)."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var interventions = context.Model.TheoryOfChange.Interventions.Count;
        if (context.Model.Alliantie is null && interventions > 0)
        {
            context.ReportModel(interventions);
        }
    }
}
