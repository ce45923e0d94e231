using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0087: an opgave whose evidence is not both counted and told (*tellen én vertellen*).</summary>
internal sealed class OpgaveWithoutCountedAndToldEvidenceRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0087",
    Title = new("Opgave niet zowel geteld als verteld", "Opgave not both counted and told"),
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Data,
    MessageFormat = new(
        "Opgave {0} mist {1} onderbouwing; de analyse hoort zowel te tellen als te vertellen.",
        "Opgave {0} lacks {1} evidence; the analysis should both count and tell."),
    Rationale = new(
        "Cijfers tonen hoe groot een probleem is, verhalen van bewoners en professionals wat het betekent en waarom het aanhoudt; een analyse met maar een van de twee leest de wijk verkeerd.",
        "Figures show how large a problem is, stories of residents and professionals show what it means and why it persists; an analysis with only one of the two misreads the neighbourhood."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Voeg getelde onderbouwing (cijfers met een bron) en vertelde onderbouwing (verhalen, duidingssessies) toe aan de opgave.",
        "Add counted evidence (figures with a source) and told evidence (stories, interpretation sessions) to the opgave."),
})
{
    private static readonly LocalizedText Counted = new("getelde", "counted");
    private static readonly LocalizedText Told = new("vertelde", "told");
    private static readonly LocalizedText CountedAndTold = new("getelde en vertelde", "counted and told");

    public override void Analyze(ValidationContext context)
    {
        var opgaven = context.Model.Opgaven;
        for (var i = 0; i < opgaven.Count; i++)
        {
            if (opgaven[i] is not { Id.Value: { } id } opgave)
            {
                continue;
            }

            var counted = opgave.Evidence.Any(e => e?.Kind == EvidenceKind.Counted);
            var told = opgave.Evidence.Any(e => e?.Kind == EvidenceKind.Told);
            if (!counted || !told)
            {
                context.Report(id, JsonPaths.Opgave(i), id, counted ? Told : told ? Counted : CountedAndTold);
            }
        }
    }
}
