using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0001: every <see cref="ModelIntegrity"/> problem (dangling reference, duplicate id, value out of range) as a finding.</summary>
internal sealed class ModelIntegrityRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0001",
    Title = "Broken reference or invalid value",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Integrity,
    MessageFormat = "{0}",
    Rationale = "A model whose ids clash, whose references point at nothing or whose numbers are not numbers cannot be reasoned about: every other rule and every rollup would silently skip or misread the broken part.",
    Source = "ARCHITECTURE §9; 004a §4.1 TOC-02",
    HelpText = "Fix the element at the reported path: give it a unique id, point the reference at an existing element, or replace the value with a finite number or valid date.",
})
{
    public override void Analyze(ValidationContext context)
    {
        foreach (var problem in context.Session.IntegrityProblems)
        {
            context.Report([], problem.Path, problem.Message);
        }
    }
}
