using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Validation;

/// <summary>FsCheck generators of theories of change and of arbitrary, possibly broken, models.</summary>
internal static class ModelGen
{
    private static readonly GoalLevel[] Levels = Enum.GetValues<GoalLevel>();

    /// <summary>
    /// A theory of change whose contributions all run from a later node to an earlier goal, so it
    /// is acyclic: node 0 is the mission, nodes are goals or interventions.
    /// </summary>
    public static Arbitrary<WijkaanpakModel> Dag() =>
        (from n in Gen.Choose(2, 30)
         from kinds in Gen.Choose(0, 5).ArrayOf(n)
         from m in Gen.Choose(1, 3 * n)
         from pairs in Gen.Choose(0, 1_000_000).Two().ArrayOf(m)
         select DagModel(n, kinds, pairs)).ToArbitrary();

    /// <summary>Models of every shape, valid or not: unknown ids, duplicates, odd dates, any edge kind.</summary>
    public static Arbitrary<WijkaanpakModel> Any() =>
        (from goals in Gen.Choose(0, 6).Two().ArrayOf()
         from interventions in Gen.Choose(0, 6).Two().ArrayOf()
         from edges in Gen.Choose(0, 9).Three().ArrayOf()
         from indicators in Gen.Choose(-3, 3).Three().ArrayOf()
         from programmes in Gen.Choose(0, 80).Two().ArrayOf()
         from members in Gen.Choose(0, 4).ArrayOf()
         from hasAlliance in Gen.Elements(true, false)
         select AnyModel(goals, interventions, edges, indicators, programmes, members, hasAlliance)).ToArbitrary();

    private static WijkaanpakModel DagModel(int n, int[] kinds, (int, int)[] pairs)
    {
        var builder = new ModelBuilder("dag").Goal("n0", "n0", GoalLevel.Mission);
        var isGoal = new bool[n];
        isGoal[0] = true;
        for (var i = 1; i < n; i++)
        {
            isGoal[i] = kinds[i] != 0;
            if (isGoal[i])
            {
                builder.Goal($"n{i}", $"n{i}", Levels[kinds[i] % Levels.Length]);
            }
            else
            {
                builder.Intervention($"n{i}", $"n{i}", InterventionKind.Regulier);
            }
        }

        foreach (var (a, b) in pairs)
        {
            var from = 1 + (a % (n - 1));
            var to = b % from;
            if (isGoal[to])
            {
                builder.ContributesTo($"n{from}", $"n{to}");
            }
        }

        return builder.BuildUnchecked();
    }

    private static WijkaanpakModel AnyModel(
        (int, int)[] goals,
        (int, int)[] interventions,
        (int, int, int)[] edges,
        (int, int, int)[] indicators,
        (int, int)[] programmes,
        int[] members,
        bool hasAlliance)
    {
        var start = new LocalDate(2024, 1, 1);
        var builder = new ModelBuilder("any");
        foreach (var (id, level) in goals)
        {
            builder.Add(new Goal { Id = new NodeId($"n{id}"), Name = "g", Level = Levels[level % Levels.Length], IndicatorIds = [new IndicatorId($"x{level % 3}")] });
        }

        foreach (var (id, kind) in interventions)
        {
            builder.Add(new Intervention
            {
                Id = new NodeId($"n{id}"),
                Name = "i",
                Kind = (InterventionKind)(kind % 7),
                OwnerId = new StakeholderId($"s{kind % 3}"),
                ProgrammeId = new ProgrammeId($"p{kind % 2}"),
                Period = new DateInterval(start.PlusMonths(kind * 7), start.PlusMonths((kind * 7) + 30)),
            });
        }

        foreach (var (from, to, kind) in edges)
        {
            builder.Add(new ChangeEdge { From = new NodeId($"n{from}"), To = new NodeId($"n{to}"), Kind = (ChangeEdgeKind)(kind % 3) });
        }

        foreach (var (id, baseline, target) in indicators)
        {
            builder.Add(new Indicator
            {
                Id = new IndicatorId($"x{Math.Abs(id)}"),
                Name = "x",
                Level = (ResultLevel)(Math.Abs(baseline) % 7),
                Polarity = Polarity.HigherIsBetter,
                Aggregation = AggregationKind.Count,
                Baseline = baseline < 0 ? null : new Baseline { Value = baseline, Date = start.PlusYears(baseline) },
                Targets = target < 0 ? default : [new Target { Date = start.PlusYears(target), Value = target, Milestones = [new Milestone { Date = start.PlusYears(target + 1), Value = 1 }] }],
            });
            builder.Measurement($"x{Math.Abs(id)}", "wijk", start.PlusYears(target), baseline);
        }

        foreach (var (id, months) in programmes)
        {
            builder.Add(new Programme { Id = new ProgrammeId($"p{id % 3}"), Name = "p", Period = new DateInterval(start, start.PlusMonths(months)) });
        }

        foreach (var member in members)
        {
            builder.Member($"s{member}", start);
        }

        if (hasAlliance)
        {
            builder.Alliantie(a => a with { Contract = new LokaalContract { Name = "c", SignedOn = start, ReviewInterval = Period.FromYears(members.Length) } });
        }

        return builder.BuildUnchecked();
    }
}
