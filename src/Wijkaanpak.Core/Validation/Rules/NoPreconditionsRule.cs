namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0014: goals are stated but no preconditions (*randvoorwaarden*) are made explicit.</summary>
internal sealed class NoPreconditionsRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0014",
    Title = "No preconditions made explicit",
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Structure,
    MessageFormat = "The theory of change has {0} goals but names no preconditions.",
    Rationale = "Working backwards from the goals reveals what must be in place before any intervention can work, such as basic safety or a working housing market; leaving them implicit means nobody monitors them.",
    Source = "004a §4.1 TOC-04; 004b §4 V41",
    HelpText = "Add the preconditions the chain depends on (theoryOfChange.preconditions) and link the nodes that need them.",
})
{
    public override void Analyze(ValidationContext context)
    {
        var toc = context.Model.TheoryOfChange;
        if (toc.Goals.Count > 0 && toc.Preconditions.IsEmpty)
        {
            context.ReportModel(toc.Goals.Count);
        }
    }
}
