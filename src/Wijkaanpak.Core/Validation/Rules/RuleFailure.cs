namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0000: the descriptor of the finding that stands in for a rule that threw instead of reporting.</summary>
internal static class RuleFailure
{
    public static RuleDescriptor Descriptor { get; } = new()
    {
        Code = "WA0000",
        Title = "A rule failed to run",
        DefaultSeverity = DiagnosticSeverity.Error,
        Category = RuleCategory.Other,
        MessageFormat = "Rule {0} failed with {1}: {2}",
        Rationale = "One faulty rule, often a user's own, must not hide what the other rules found; the run goes on and says which rule could not judge the model, so a clean result is never a silent one.",
        Source = "ARCHITECTURE §7",
        HelpText = "Report the failure to the author of the rule named in the message; until it is fixed, disable that rule for the run.",
    };
}
