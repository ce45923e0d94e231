using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0070: the interventions of a programme cost more than its budget lines pledge.</summary>
internal sealed class InterventionBudgetsExceedProgrammeRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0070",
    Title = new("Budgetten van interventies boven de begrotingsregels van het programma", "Intervention budgets exceed the programme's budget lines"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Money,
    MessageFormat = new(
        "De interventies van programma {0} begroten {1:euro}, meer dan de {2:euro} die de begrotingsregels toezeggen.",
        "The interventions of programme {0} budget {1:euro}, more than the {2:euro} its budget lines pledge."),
    Rationale = new(
        "Plannen die meer uitgeven dan de partners hebben toegezegd, eindigen in geschrapte projecten en gebroken beloften aan bewoners; de som van de projectbudgetten hoort binnen de toegezegde financiering te blijven, of het tekort hoort een uitdrukkelijke opdracht tot fondsenwerving te zijn.",
        "Plans that spend more than the partners have pledged end in cut projects and broken promises to residents; the sum of project budgets should stay within committed funding, or the gap should be an explicit task to raise money."),
    Source = "Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007); Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Voeg de ontbrekende financiering toe als begrotingsregels, verlaag de budgetten van interventies, of verschuif interventies naar een later programma.",
        "Add the missing funding as budget lines, lower intervention budgets, or move interventions to a later programme."),
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
