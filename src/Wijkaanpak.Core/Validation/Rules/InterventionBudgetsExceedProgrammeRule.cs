using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0070: the interventions of a programme cost more than its budget lines pledge.</summary>
internal sealed class InterventionBudgetsExceedProgrammeRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0070",
    Title = "Intervention budgets exceed the programme's budget lines",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Money,
    MessageFormat = "The interventions of programme '{0}' budget {1:0.##} euro, more than the {2:0.##} euro its budget lines pledge.",
    Rationale = "Plans that spend more than the partners have pledged end in cut projects and broken promises to residents; the sum of project budgets should stay within committed funding, or the gap should be an explicit task to raise money.",
    Source = "000 §4 V17; 004a §4.5 IND-09",
    HelpText = "Add the missing funding as budget lines, lower intervention budgets, or move interventions to a later programme.",
})
{
    public override void Analyze(ValidationContext context)
    {
        var model = context.Model;
        var planned = new Dictionary<ProgrammeId, decimal>();
        foreach (var intervention in model.TheoryOfChange.Interventions)
        {
            if (intervention is { ProgrammeId: { } programme, Budget: { } budget })
            {
                planned[programme] = planned.GetValueOrDefault(programme) + budget;
            }
        }

        var programmes = model.Programmes;
        for (var i = 0; i < programmes.Count; i++)
        {
            if (programmes[i] is not { Id.Value: { } id } programme || !planned.TryGetValue(programme.Id, out var cost))
            {
                continue;
            }

            var pledged = programme.BudgetLines.Sum(l => l?.Pledged ?? 0m);
            if (cost > pledged)
            {
                context.Report(id, JsonPaths.Programme(i), id, cost, pledged);
            }
        }
    }
}
