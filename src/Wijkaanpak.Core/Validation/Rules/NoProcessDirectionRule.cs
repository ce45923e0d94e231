namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0045: an alliance without process direction (*procesregie*).</summary>
internal sealed class NoProcessDirectionRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0045",
    Title = new("Geen procesregie", "No process direction"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    NplvSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "De alliantie '{0}' heeft geen procesregisseur of programmabureau.",
        "The alliance '{0}' has no process director or programme office."),
    Rationale = new(
        "Een alliantie van gelijken heeft iemand nodig die het geheel als taak heeft: partners bijeenhouden, besluiten voorbereiden en de lange lijn bewaken. Het nationale programma eist het; elders is het ontbreken ervan een ernstige zwakte.",
        "An alliance of equals needs someone whose job is the whole: keeping partners together, preparing decisions and guarding the long line. The national programme requires it; elsewhere its absence is a serious weakness."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Stel een procesregisseur of programmabureau aan (alliantie.processDirection), bij voorkeur onafhankelijk van elke afzonderlijke partner.",
        "Appoint a process director or programme office (alliantie.processDirection), preferably independent of any single partner."),
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie is { ProcessDirection: null } alliantie)
        {
            context.Report([], JsonPaths.Alliantie, alliantie.Name);
        }
    }
}
