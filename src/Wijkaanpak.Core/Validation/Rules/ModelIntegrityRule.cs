using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0001: every <see cref="ModelIntegrity"/> problem (dangling reference, duplicate id, value out of range) as a finding.</summary>
internal sealed class ModelIntegrityRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0001",
    Title = new("Verwijzing kapot of waarde ongeldig", "Broken reference or invalid value"),
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Integrity,
    MessageFormat = new(
        "{0}",
        "{0}"),
    Rationale = new(
        "Over een model met dubbele ids, verwijzingen naar niets of getallen die geen getal zijn valt niet te redeneren: elke andere regel en elke optelling zou het kapotte deel stil overslaan of verkeerd lezen.",
        "A model whose ids clash, whose references point at nothing or whose numbers are not numbers cannot be reasoned about: every other rule and every rollup would silently skip or misread the broken part."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Herstel het element op het gemelde pad: geef het een uniek id, laat de verwijzing naar een bestaand element wijzen, of vervang de waarde door een eindig getal of een geldige datum.",
        "Fix the element at the reported path: give it a unique id, point the reference at an existing element, or replace the value with a finite number or valid date."),
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
