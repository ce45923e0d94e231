using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0056: every alliance member is (part of) the municipality.</summary>
internal sealed class MunicipalityAloneRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0056",
    Title = new("Alliantie van de gemeente alleen", "Alliance of the municipality alone"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "Alle leden van de alliantie ({0}) zijn gemeentelijk; geen andere organisatie doet mee.",
        "All members of the alliance ({0}) are municipal; no other organisation takes part."),
    Rationale = new(
        "Werk niet alleen, ook niet als een collega van een andere afdeling te raadplegen is: een kerngroep met minstens één organisatie naast de gemeente maakte de pilots tot een succes.",
        "Do not work alone, not even when a colleague from another department can be consulted: a core group with at least one organisation besides the municipality is what made the pilots work."),
    Source = "Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007); Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Haal minstens één partner van buiten de gemeente erbij, zoals een woningcorporatie, welzijnsorganisatie of school.",
        "Bring in at least one partner from outside the municipality, such as a housing corporation, welfare organisation or school."),
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
