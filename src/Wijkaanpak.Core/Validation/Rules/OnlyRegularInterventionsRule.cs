using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0075: a programme whose interventions are all regular work.</summary>
internal sealed class OnlyRegularInterventionsRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0075",
    Title = "Programme of regular work only",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Money,
    MessageFormat = "All {1} interventions of programme '{0}' are regular work; nothing is added or bundled.",
    Rationale = "A programme that only lists what partners would do anyway adds nothing; its value lies in intensifying, linking and experimenting on top of regular work.",
    Source = "004b §4 V27; 004a §4.2 VIS-09",
    HelpText = "Add intensifications, linking opportunities or experiments, or tag interventions with their real kind.",
})
{
    public override void Analyze(ValidationContext context)
    {
        var counts = new Dictionary<ProgrammeId, (int All, int Regular)>();
        foreach (var intervention in context.Model.TheoryOfChange.Interventions)
        {
            if (intervention?.ProgrammeId is { } programme)
            {
                var (all, regular) = counts.GetValueOrDefault(programme);
                counts[programme] = (all + 1, regular + (intervention.Kind == InterventionKind.Regulier ? 1 : 0));
            }
        }

        var programmes = context.Model.Programmes;
        for (var i = 0; i < programmes.Count; i++)
        {
            if (programmes[i] is { Id.Value: { } id } programme && counts.TryGetValue(programme.Id, out var count) && count.All == count.Regular)
            {
                context.Report(id, JsonPaths.Programme(i), id, count.All);
            }
        }
    }
}
