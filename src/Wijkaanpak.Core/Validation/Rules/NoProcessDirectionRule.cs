namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0045: an alliance without process direction (*procesregie*).</summary>
internal sealed class NoProcessDirectionRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0045",
    Title = "No process direction",
    DefaultSeverity = DiagnosticSeverity.Warning,
    NplvSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Ownership,
    MessageFormat = "The alliance '{0}' has no process director or programme office.",
    Rationale = "An alliance of equals needs someone whose job is the whole: keeping partners together, preparing decisions and guarding the long line. The national programme requires it; elsewhere its absence is a serious weakness.",
    Source = "004b §4 V18; 004a §4.3 ALL-06",
    HelpText = "Appoint a process director or programme office (alliantie.processDirection), preferably independent of any single partner.",
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
