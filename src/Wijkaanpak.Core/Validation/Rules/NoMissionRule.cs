using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0007: goals are stated but none at mission level.</summary>
internal sealed class NoMissionRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0007",
    Title = "No mission",
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = "None of the {0} goals is the mission (stip op de horizon) the others lead to.",
    Rationale = "A theory of change leads from means through goals to one intended impact; without that top, goals cannot be weighed against each other and nothing holds the chain together.",
    Source = "004a §4.1 TOC-02, TOC-03; 004b §4 V3",
    HelpText = "Add a goal of level mission and let the ambitions contribute to it.",
})
{
    public override void Analyze(ValidationContext context)
    {
        var goals = context.Model.TheoryOfChange.Goals;
        if (goals.Count > 0 && !goals.Any(g => g?.Level == GoalLevel.Mission))
        {
            context.ReportModel(goals.Count);
        }
    }
}
