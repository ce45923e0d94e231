using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0015: an opgave that no goal addresses.</summary>
internal sealed class OpgaveNotAddressedRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0015",
    Title = "Opgave not addressed by any goal",
    DefaultSeverity = DiagnosticSeverity.Warning,
    Category = RuleCategory.Structure,
    MessageFormat = "Opgave '{0}' is addressed by no goal.",
    Rationale = "Goals should mirror the opgaven found in the analysis; an opgave without a goal is either dropped without a decision or forgotten.",
    Source = "004a §4.1 TOC-05; 000 §4 V02",
    HelpText = "Reference the opgave from the goals that address it (goal.opgaveIds), or record why it is left out.",
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
