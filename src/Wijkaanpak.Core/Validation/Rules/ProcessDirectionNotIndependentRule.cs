namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0046: the process direction is not independent of the partners.</summary>
internal sealed class ProcessDirectionNotIndependentRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0046",
    Title = new("Procesregie niet onafhankelijk", "Process direction not independent"),
    DefaultSeverity = DiagnosticSeverity.Info,
    NplvSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "Procesregie '{0}' is niet onafhankelijk van de partners.",
        "Process direction '{0}' is not independent of the partners."),
    Rationale = new(
        "Een procesregisseur in de lijn van één partner, meestal de gemeente, wordt al snel gezien als diens zaakwaarnemer; onafhankelijkheid, of de uitdrukkelijke instemming van alle partners, houdt de rol geloofwaardig.",
        "A process director housed in the line of one partner, usually the municipality, is easily seen as that partner's agent; independence, or the explicit consent of all partners, keeps the role trusted."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Maak de procesregie onafhankelijk, of leg vast dat alle partners met de werkgever instemmen en markeer haar als onafhankelijk (processDirection.isIndependent).",
        "Make the process direction independent, or record that all partners consent to its employer and mark it independent (processDirection.isIndependent)."),
})
{
    public override void Analyze(ValidationContext context)
    {
        if (context.Model.Alliantie?.ProcessDirection is { IsIndependent: false } direction)
        {
            context.Report([], JsonPaths.ProcessDirection, direction.Name);
        }
    }
}
