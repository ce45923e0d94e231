namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0000: the descriptor of the finding that stands in for a rule that threw instead of reporting.</summary>
internal static class RuleFailure
{
    public static RuleDescriptor Descriptor { get; } = new()
    {
        Code = "WA0000",
        Title = new("Een regel kon niet draaien", "A rule failed to run"),
        DefaultSeverity = DiagnosticSeverity.Error,
        Category = RuleCategory.Other,
        MessageFormat = new(
            "Regel {0} faalde met {1}: {2}",
            "Rule {0} failed with {1}: {2}"),
        Rationale = new(
            "Eén kapotte regel, vaak een zelfgeschreven regel, mag niet verbergen wat de andere regels vonden: de toetsing gaat door en meldt welke regel het model niet kon beoordelen, zodat een schoon resultaat nooit een stil falen is.",
            "One faulty rule, often a user's own, must not hide what the other rules found; the run goes on and says which rule could not judge the model, so a clean result is never a silent one."),
        Source = "Wijkaanpak.Core, docs/decisions/0006",
        HelpText = new(
            "Meld de fout bij de auteur van de genoemde regel; zet die regel voor de toetsing uit tot hij is hersteld.",
            "Report the failure to the author of the rule named in the message; until it is fixed, disable that rule for the run."),
    };
}
