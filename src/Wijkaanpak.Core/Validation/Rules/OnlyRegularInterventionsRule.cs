using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0075: a programme whose interventions are all regular work.</summary>
internal sealed class OnlyRegularInterventionsRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0075",
    Title = new("Programma met alleen regulier werk", "Programme of regular work only"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Money,
    MessageFormat = new(
        "Alle interventies van programma {0} ({1}) zijn regulier werk; er wordt niets toegevoegd of gebundeld.",
        "All interventions of programme {0} ({1}) are regular work; nothing is added or bundled."),
    Rationale = new(
        "Een programma dat alleen opsomt wat partners toch al doen, voegt niets toe; zijn waarde ligt in intensiveren, verbinden en experimenteren bovenop het reguliere werk.",
        "A programme that only lists what partners would do anyway adds nothing; its value lies in intensifying, linking and experimenting on top of regular work."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Voeg intensiveringen, koppelkansen of experimenten toe, of geef interventies hun werkelijke soort.",
        "Add intensifications, linking opportunities or experiments, or tag interventions with their real kind."),
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
