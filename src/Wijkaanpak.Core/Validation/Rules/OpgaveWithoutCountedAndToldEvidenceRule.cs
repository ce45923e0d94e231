using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0087: an opgave whose evidence is not both counted and told (*tellen én vertellen*).</summary>
internal sealed class OpgaveWithoutCountedAndToldEvidenceRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0087",
    Title = "Opgave not both counted and told",
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Data,
    MessageFormat = "Opgave '{0}' lacks {1} evidence; the analysis should both count and tell.",
    Rationale = "Figures show how large a problem is, stories of residents and professionals show what it means and why it persists; an analysis with only one of the two misreads the neighbourhood.",
    Source = "004a §4.4 ORI-04",
    HelpText = "Add counted evidence (figures with a source) and told evidence (stories, interpretation sessions) to the opgave.",
})
{
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
                context.Report(id, JsonPaths.Opgave(i), id, counted ? "told" : told ? "counted" : "counted and told");
            }
        }
    }
}
