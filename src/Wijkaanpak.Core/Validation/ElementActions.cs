using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// What one built-in rule asked to see while the run walks the model once for all rules (as a
/// Roslyn analyzer registers actions): an action per indicator, per target, per goal, per
/// intervention, per contribution edge or per theory-of-change vertex. Filled while the rule's
/// <see cref="ValidationRule.Analyze"/> runs, read by <see cref="SharedWalks"/> afterwards.
/// </summary>
internal sealed class ElementActions
{
    /// <summary>Called with each indicator of the model and its position.</summary>
    public List<Action<ValidationContext, Indicator, int>> Indicators { get; } = [];

    /// <summary>Called with each target of each indicator: the indicator, its position, the target's position in it.</summary>
    public List<Action<ValidationContext, Indicator, int, int>> Targets { get; } = [];

    /// <summary>Called with each goal of the theory of change and its position.</summary>
    public List<Action<ValidationContext, Goal, int>> Goals { get; } = [];

    /// <summary>Called with each intervention of the theory of change and its position.</summary>
    public List<Action<ValidationContext, Intervention, int>> Interventions { get; } = [];

    /// <summary>Called with the model position of each well-formed contribution edge (<see cref="TheoryOfChangeView.IsContribution"/>).</summary>
    public List<Action<ValidationContext, int>> Contributions { get; } = [];

    /// <summary>Called with each vertex of the theory of change as numbered by <see cref="TheoryOfChangeView"/>.</summary>
    public List<Action<ValidationContext, int>> Vertices { get; } = [];

    /// <summary>True when the rule registered nothing.</summary>
    public bool IsEmpty =>
        Indicators.Count + Targets.Count + Goals.Count + Interventions.Count + Contributions.Count + Vertices.Count == 0;
}
