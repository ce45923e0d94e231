namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0052: no governance body includes residents.</summary>
internal sealed class ResidentsAbsentFromGovernanceRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0052",
    Title = new("Bewoners ontbreken in de sturing", "Residents absent from governance"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Participation,
    MessageFormat = new(
        "Geen van de overlegorganen van de alliantie ({0}) heeft bewoners als lid.",
        "None of the alliance's governance bodies ({0}) includes residents."),
    Rationale = new(
        "Aanpakken die bewoners een plaats gaven waar besluiten vallen, hielden hun steun; waar bewoners buiten bleven, brokkelde het vertrouwen af en werden resultaten betwist.",
        "Approaches that gave residents a seat where decisions are taken kept their support; where residents were left out, trust eroded and results were contested."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Geef bewoners zetels met een helder mandaat in minstens één overleg (body.includesResidents).",
        "Give residents seats with a clear mandate in at least one body (body.includesResidents)."),
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie is { } alliantie && alliantie.Bodies.Count > 0 && !alliantie.Bodies.Any(b => b?.IncludesResidents == true))
        {
            context.Report([], JsonPaths.Bodies, alliantie.Bodies.Count);
        }
    }
}
