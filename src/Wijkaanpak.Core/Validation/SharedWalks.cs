using System.Diagnostics.CodeAnalysis;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// Walks the model once per kind of element for all rules that registered <see cref="ElementActions"/>:
/// the indicators (with their targets), the goals, the interventions, the contribution edges and
/// the theory-of-change vertices, each element handed to every rule's actions in rule order. The
/// walks are independent and run on all cores when the session runs concurrently.
/// </summary>
/// <remarks>
/// Each rule gets a context of its own per walk, so no two threads add to one list; the findings
/// of a rule are those of its walks in walk order. An action that throws stops that rule's
/// actions in the walk and is reported like a failing <see cref="ValidationRule.Analyze"/>.
/// </remarks>
internal static class SharedWalks
{
    /// <summary>The actions, findings and failure of one rule across the walks.</summary>
    internal sealed class Registration(RuleDescriptor descriptor, DiagnosticSeverity severity, ElementActions actions)
    {
        public ElementActions Actions { get; } = actions;

        /// <summary>The findings of each walk, in walk order.</summary>
        public List<Diagnostic>[] Found { get; } = [.. Enumerable.Range(0, WalkCount).Select(_ => new List<Diagnostic>())];

        /// <summary>The first exception by walk order, or null.</summary>
        public Exception? Failure => _failures.FirstOrDefault(f => f is not null);

        private readonly Exception?[] _failures = new Exception?[WalkCount];

        public ValidationContext Context(ValidationSession session, int walk) => new(session, descriptor, severity, Found[walk]);

        public bool Failed(int walk) => _failures[walk] is not null;

        public void Fail(int walk, Exception exception) => _failures[walk] = exception;
    }

    private const int WalkCount = 5;

    /// <summary>Runs every walk that some registration needs.</summary>
    /// <param name="session">The run.</param>
    /// <param name="registrations">The rules' registrations, in rule order.</param>
    /// <param name="concurrently">True to run the walks on all cores.</param>
    public static void Run(ValidationSession session, IReadOnlyList<Registration> registrations, bool concurrently)
    {
        Action[] walks =
        [
            () => WalkIndicators(session, registrations),
            () => WalkGoals(session, registrations),
            () => WalkInterventions(session, registrations),
            () => WalkContributions(session, registrations),
            () => WalkVertices(session, registrations),
        ];
        if (concurrently)
        {
            Parallel.Invoke(walks);
        }
        else
        {
            foreach (var walk in walks)
            {
                walk();
            }
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A failing rule must not hide the findings of the other rules; it becomes a WA0000 finding.")]
    private static void WalkIndicators(ValidationSession session, IReadOnlyList<Registration> registrations)
    {
        var slots = Slots(session, registrations, 0, r => r.Indicators.Count + r.Targets.Count);
        var indicators = slots.Length == 0 ? default : session.Model.Indicators;
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i] is not { } indicator)
            {
                continue;
            }

            foreach (var (registration, context) in slots)
            {
                if (registration.Failed(0))
                {
                    continue;
                }

                try
                {
                    foreach (var action in registration.Actions.Indicators)
                    {
                        action(context, indicator, i);
                    }

                    for (var t = 0; t < indicator.Targets.Count; t++)
                    {
                        foreach (var action in registration.Actions.Targets)
                        {
                            action(context, indicator, i, t);
                        }
                    }
                }
                catch (Exception exception)
                {
                    registration.Fail(0, exception);
                }
            }
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A failing rule must not hide the findings of the other rules; it becomes a WA0000 finding.")]
    private static void WalkGoals(ValidationSession session, IReadOnlyList<Registration> registrations)
    {
        var slots = Slots(session, registrations, 1, r => r.Goals.Count);
        var goals = slots.Length == 0 ? default : session.Model.TheoryOfChange.Goals;
        for (var i = 0; i < goals.Count; i++)
        {
            if (goals[i] is not { } goal)
            {
                continue;
            }

            foreach (var (registration, context) in slots)
            {
                try
                {
                    foreach (var action in registration.Failed(1) ? [] : registration.Actions.Goals)
                    {
                        action(context, goal, i);
                    }
                }
                catch (Exception exception)
                {
                    registration.Fail(1, exception);
                }
            }
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A failing rule must not hide the findings of the other rules; it becomes a WA0000 finding.")]
    private static void WalkInterventions(ValidationSession session, IReadOnlyList<Registration> registrations)
    {
        var slots = Slots(session, registrations, 2, r => r.Interventions.Count);
        var interventions = slots.Length == 0 ? default : session.Model.TheoryOfChange.Interventions;
        for (var i = 0; i < interventions.Count; i++)
        {
            if (interventions[i] is not { } intervention)
            {
                continue;
            }

            foreach (var (registration, context) in slots)
            {
                try
                {
                    foreach (var action in registration.Failed(2) ? [] : registration.Actions.Interventions)
                    {
                        action(context, intervention, i);
                    }
                }
                catch (Exception exception)
                {
                    registration.Fail(2, exception);
                }
            }
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A failing rule must not hide the findings of the other rules; it becomes a WA0000 finding.")]
    private static void WalkContributions(ValidationSession session, IReadOnlyList<Registration> registrations)
    {
        var slots = Slots(session, registrations, 3, r => r.Contributions.Count);
        var toc = slots.Length == 0 ? null : Toc(session, slots, 3);
        for (var e = 0; e < (toc?.EdgeFrom.Length ?? 0); e++)
        {
            if (!toc!.IsContribution(e))
            {
                continue;
            }

            foreach (var (registration, context) in slots)
            {
                try
                {
                    foreach (var action in registration.Failed(3) ? [] : registration.Actions.Contributions)
                    {
                        action(context, e);
                    }
                }
                catch (Exception exception)
                {
                    registration.Fail(3, exception);
                }
            }
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A failing rule must not hide the findings of the other rules; it becomes a WA0000 finding.")]
    private static void WalkVertices(ValidationSession session, IReadOnlyList<Registration> registrations)
    {
        var slots = Slots(session, registrations, 4, r => r.Vertices.Count);
        var toc = slots.Length == 0 ? null : Toc(session, slots, 4);
        for (var v = 0; v < (toc?.Count ?? 0); v++)
        {
            foreach (var (registration, context) in slots)
            {
                try
                {
                    foreach (var action in registration.Failed(4) ? [] : registration.Actions.Vertices)
                    {
                        action(context, v);
                    }
                }
                catch (Exception exception)
                {
                    registration.Fail(4, exception);
                }
            }
        }
    }

    /// <summary>One rule's part in one walk: its registration and its context for the walk.</summary>
    private sealed record Slot(Registration Registration, ValidationContext Context);

    private static Slot[] Slots(ValidationSession session, IReadOnlyList<Registration> registrations, int walk, Func<ElementActions, int> count) =>
        [.. registrations.Where(r => count(r.Actions) > 0).Select(r => new Slot(r, r.Context(session, walk)))];

    /// <summary>The theory of change as a graph; when it cannot be built, every rule of the walk fails with the reason.</summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A failure becomes WA0000 for the rules that needed the view, as when each rule built it.")]
    private static TheoryOfChangeView? Toc(ValidationSession session, Slot[] slots, int walk)
    {
        try
        {
            return session.Toc;
        }
        catch (Exception exception)
        {
            foreach (var slot in slots)
            {
                slot.Registration.Fail(walk, exception);
            }

            return null;
        }
    }
}
