using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0015: an opgave that no goal addresses.</summary>
internal sealed class OpgaveNotAddressedRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0015",
    Title = new("Opgave door geen doel opgepakt", "Opgave not addressed by any goal"),
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "Opgave {0} wordt door geen enkel doel opgepakt.",
        "Opgave {0} is addressed by no goal."),
    Rationale = new(
        "De doelen horen de opgaven uit de analyse te weerspiegelen; een opgave zonder doel is zonder besluit geschrapt of vergeten.",
        "Goals should mirror the opgaven found in the analysis; an opgave without a goal is either dropped without a decision or forgotten."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007)",
    HelpText = new(
        "Verwijs vanuit de doelen die de opgave oppakken naar haar (goal.opgaveIds), of leg vast waarom zij buiten beschouwing blijft.",
        "Reference the opgave from the goals that address it (goal.opgaveIds), or record why it is left out."),
})
{
    public override void Analyze(ValidationContext context)
    {
        var model = context.Model;
        if (model.Opgaven.IsEmpty)
        {
            return;
        }

        var addressed = new HashSet<OpgaveId>();
        foreach (var goal in model.TheoryOfChange.Goals)
        {
            if (goal is not null)
            {
                ValidationSession.AddAll(addressed, goal.OpgaveIds);
            }
        }

        for (var i = 0; i < model.Opgaven.Count; i++)
        {
            if (model.Opgaven[i] is { Id.Value: { } id } opgave && !addressed.Contains(opgave.Id))
            {
                context.Report(id, JsonPaths.Opgave(i), id);
            }
        }
    }
}
