using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0007: goals are stated but none at mission level.</summary>
internal sealed class NoMissionRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0007",
    Title = new("Geen missie", "No mission"),
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Structure,
    MessageFormat = new(
        "Het model heeft {0:doel|doelen}, maar geen daarvan is de missie (stip op de horizon) waar de andere naartoe leiden.",
        "The model has {0:goal|goals}, but none is the mission (stip op de horizon) the others lead to."),
    Rationale = new(
        "Een verandertheorie leidt van middelen via doelen naar één beoogde impact; zonder die top zijn doelen niet tegen elkaar af te wegen en houdt niets de keten bijeen.",
        "A theory of change leads from means through goals to one intended impact; without that top, goals cannot be weighed against each other and nothing holds the chain together."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
    HelpText = new(
        "Voeg een doel van niveau missie toe en laat de ambities eraan bijdragen.",
        "Add a goal of level mission and let the ambitions contribute to it."),
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
