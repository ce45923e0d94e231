using System.Runtime.InteropServices;
using NodaTime;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// What a <see cref="ValidationRule"/> sees while it runs: the model, the options of the run, and
/// a way to report findings. Views that many rules need (the theory of change as a graph,
/// lookups) are computed once per run and shared by all rules.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<Diagnostic> _sink;

    internal ValidationContext(ValidationSession session, RuleDescriptor descriptor, DiagnosticSeverity severity, List<Diagnostic> sink)
    {
        Session = session;
        Descriptor = descriptor;
        Severity = severity;
        _sink = sink;
    }

    /// <summary>The model under validation.</summary>
    public WijkaanpakModel Model => Session.Model;

    /// <summary>The options of the run.</summary>
    public ValidationOptions Options => Session.Options;

    /// <summary>The profile of the run; rules may use it to choose thresholds.</summary>
    public ValidationProfile Profile => Session.Options.Profile;

    /// <summary>The reference date (*peildatum*) of the run. Never null for rules whose descriptor says <see cref="RuleDescriptor.NeedsReferenceDate"/>.</summary>
    public LocalDate? Today => Session.Options.Today;

    /// <summary>The descriptor of the rule that is running.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The severity findings of the running rule get in this run.</summary>
    public DiagnosticSeverity Severity { get; }

    internal ValidationSession Session { get; }

    /// <summary>The actions the running built-in rule registered for the shared walks of the run (<see cref="SharedWalks"/>).</summary>
    internal ElementActions Actions { get; } = new();

    /// <summary>Asks to see each indicator of the model, with its position, in the run's one walk over them.</summary>
    internal void OnIndicator(Action<ValidationContext, Indicator, int> action) => Actions.Indicators.Add(action);

    /// <summary>Asks to see each target of each indicator (indicator, its position, the target's position) in the walk over the indicators.</summary>
    internal void OnTarget(Action<ValidationContext, Indicator, int, int> action) => Actions.Targets.Add(action);

    /// <summary>Asks to see each goal, with its position, in the run's one walk over them.</summary>
    internal void OnGoal(Action<ValidationContext, Goal, int> action) => Actions.Goals.Add(action);

    /// <summary>Asks to see each intervention, with its position, in the run's one walk over them.</summary>
    internal void OnIntervention(Action<ValidationContext, Intervention, int> action) => Actions.Interventions.Add(action);

    /// <summary>Asks to see the model position of each well-formed contribution edge in the run's one walk over them.</summary>
    internal void OnContribution(Action<ValidationContext, int> action) => Actions.Contributions.Add(action);

    /// <summary>Asks to see each theory-of-change vertex in the run's one walk over them.</summary>
    internal void OnVertex(Action<ValidationContext, int> action) => Actions.Vertices.Add(action);

    /// <summary>Reports one finding of the running rule.</summary>
    /// <param name="subjects">Ids of the model elements concerned, in a meaningful order (the element first).</param>
    /// <param name="location">JSON path of the first subject in the model file, or null.</param>
    /// <param name="messageArgs">
    /// The arguments of the descriptor's <see cref="RuleDescriptor.MessageFormat"/>. An argument that
    /// is the id of one of <paramref name="subjects"/> is written as that element's name with the id in
    /// brackets (<c>'Meer kansen op werk' (kansen-werk)</c>); enum values by their display names.
    /// </param>
    public void Report(IEnumerable<string> subjects, string? location, params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(messageArgs);
        var ids = subjects.ToEquatableArray();
        var args = (object?[])messageArgs.Clone();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is string id && ids.AsSpan().Contains(id))
            {
                args[i] = Session.Names.Name(id);
            }
        }

        var message = Descriptor.MessageFormat.Format(Options.Language, args);
        _sink.Add(new Diagnostic(Descriptor, Severity, message, ids, location) { MessageArguments = new EquatableArray<object?>(ImmutableCollectionsMarshal.AsImmutableArray(args)) });
    }

    /// <summary>Reports one finding of the running rule about a single model element.</summary>
    /// <param name="subject">Id of the model element concerned.</param>
    /// <param name="location">JSON path of the element in the model file, or null.</param>
    /// <param name="messageArgs">The arguments of the descriptor's <see cref="RuleDescriptor.MessageFormat"/>.</param>
    public void Report(string subject, string? location, params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(subject);
        Report([subject], location, messageArgs);
    }

    /// <summary>Reports one finding of the running rule about the model as a whole.</summary>
    /// <param name="messageArgs">The arguments of the descriptor's <see cref="RuleDescriptor.MessageFormat"/>.</param>
    public void ReportModel(params object?[] messageArgs) => Report([], null, messageArgs);
}
