using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// Generates a realistic synthetic theory of change of a chosen size, for benchmarks, scale tests
/// and demonstrations (*synthetische verandertheorie*): one mission, ambitions, goals, sub-goals
/// and outputs, and interventions that produce the outputs, with about three contribution edges
/// per node, an indicator with baseline and target for every goal below ambition level, a small
/// alliance of partners that own the interventions, and implementation programmes of four years
/// inside a twenty-year horizon. The same size and seed always give the same model.
/// </summary>
/// <remarks>
/// Shares per level: ambitions 0.5 %, goals 4 %, sub-goals 10 %, outputs 25 %, the rest
/// interventions. Every node reaches the mission and the graph is acyclic, so a generated model
/// has no structural errors; it does have the findings a real plan of this size would have, such
/// as goals with a single means. All figures are synthetic and say so in the model's provenance.
/// </remarks>
public static class SyntheticTheoryOfChange
{
    private const string Rationale = "Draagt bij volgens de verandertheorie van de alliantie.";
    private static readonly LocalDate Start = new(2025, 1, 1);
    private static readonly (string Id, string Name, StakeholderType Type)[] Partners =
    [
        ("gemeente", "Gemeente", StakeholderType.Gemeente),
        ("corporatie", "Woningcorporatie", StakeholderType.Woningcorporatie),
        ("welzijn", "Welzijnsorganisatie", StakeholderType.Welzijn),
        ("politie", "Politie", StakeholderType.Politie),
        ("school", "Schoolbestuur", StakeholderType.Onderwijs),
        ("zorg", "Zorgaanbieder", StakeholderType.Zorg),
        ("bewoners", "Bewonersorganisatie", StakeholderType.Bewonersorganisatie),
    ];

    /// <summary>Generates a model with <paramref name="nodes"/> theory-of-change nodes.</summary>
    /// <param name="nodes">Number of goals and interventions together; at least 10.</param>
    /// <param name="seed">Seed of the pseudo-random choices.</param>
    /// <returns>A model that passes <see cref="ModelIntegrity"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nodes"/> is below 10.</exception>
    public static WijkaanpakModel Generate(int nodes, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 10);
        var random = new Random(seed);
        var ambitions = Math.Max(1, nodes / 200);
        var goals = Math.Max(1, nodes / 25);
        var subGoals = Math.Max(1, nodes / 10);
        var outputs = Math.Max(1, nodes / 4);
        var interventions = nodes - 1 - ambitions - goals - subGoals - outputs;

        var levels = new List<(GoalLevel Level, string Prefix, int Count)>
        {
            (GoalLevel.Mission, "missie", 1),
            (GoalLevel.Ambition, "ambitie", ambitions),
            (GoalLevel.Goal, "doel", goals),
            (GoalLevel.SubGoal, "subdoel", subGoals),
            (GoalLevel.Output, "output", outputs),
        };
        var goalList = new List<Goal>(nodes - interventions);
        var indicators = new List<Indicator>(goals + subGoals + outputs);
        var edges = new List<ChangeEdge>(nodes * 3);
        NodeId[] above = [];
        foreach (var (level, prefix, count) in levels)
        {
            var ids = new NodeId[count];
            for (var i = 0; i < count; i++)
            {
                ids[i] = new NodeId($"{prefix}-{i}");
                var measured = level <= GoalLevel.Goal;
                if (measured)
                {
                    indicators.Add(IndicatorFor(ids[i], level, random));
                }

                goalList.Add(new Goal
                {
                    Id = ids[i],
                    Name = $"{level} {i}",
                    Level = level,
                    IndicatorIds = measured ? [indicators[^1].Id] : default,
                    AccountableIds = level is GoalLevel.Goal or GoalLevel.Ambition ? [new StakeholderId(Partners[i % Partners.Length].Id)] : default,
                });
                LinkTo(edges, ids[i], above, i, count, level == GoalLevel.Output ? 2 : 1 + random.Next(2), random);
            }

            above = ids;
        }

        var programmes = Programmes();
        var interventionList = new List<Intervention>(interventions);
        for (var i = 0; i < interventions; i++)
        {
            var id = new NodeId($"interventie-{i}");
            var programme = programmes[i % programmes.Length];
            interventionList.Add(new Intervention
            {
                Id = id,
                Name = $"Interventie {i}",
                Kind = random.Next(4) == 0 ? InterventionKind.Regulier : InterventionKind.Intensivering,
                OwnerId = new StakeholderId(Partners[random.Next(Partners.Length)].Id),
                ProgrammeId = programme.Id,
                Period = programme.Period,
                Budget = 1_000m * (1 + random.Next(50)),
            });
            LinkTo(edges, id, above, i, interventions, 3 + random.Next(2), random);
        }

        return new WijkaanpakModel
        {
            Name = $"Synthetische wijkaanpak ({nodes} knopen, seed {seed})",
            Provenance = "Synthetic: generated by SyntheticTheoryOfChange; no figure comes from a source.",
            Horizon = new DateInterval(Start, Start.PlusYears(20).PlusDays(-1)),
            TheoryOfChange = new TheoryOfChange
            {
                Goals = goalList.ToEquatableArray(),
                Interventions = interventionList.ToEquatableArray(),
                Preconditions = [new Precondition { Id = new NodeId("basis-op-orde"), Name = "Basis op orde", Status = PreconditionStatus.PartlyMet }],
                Edges = edges.Append(new ChangeEdge { From = goalList[0].Id, To = new NodeId("basis-op-orde"), Kind = ChangeEdgeKind.RequiresPrecondition }).ToEquatableArray(),
            },
            Indicators = indicators.ToEquatableArray(),
            Stakeholders = Partners.Select(p => new Stakeholder { Id = new StakeholderId(p.Id), Name = p.Name, Type = p.Type }).ToEquatableArray(),
            Alliantie = Alliance(),
            Programmes = [.. programmes],
        };
    }

    /// <summary>Adds up to <paramref name="fanOut"/> distinct contributions from <paramref name="from"/> to nodes of the level above, near the node's relative position so that chains stay local.</summary>
    private static void LinkTo(List<ChangeEdge> edges, NodeId from, NodeId[] above, int index, int count, int fanOut, Random random)
    {
        if (above.Length == 0)
        {
            return;
        }

        var home = (int)((long)index * above.Length / count);
        var links = Math.Min(fanOut, above.Length);
        Span<int> chosen = stackalloc int[links];
        for (var k = 0; k < links; k++)
        {
            var target = k == 0 ? home : (home + 1 + random.Next(Math.Min(above.Length - 1, 8))) % above.Length;
            while (chosen[..k].Contains(target))
            {
                target = (target + 1) % above.Length;
            }

            chosen[k] = target;
            edges.Add(new ChangeEdge { From = from, To = above[target], Rationale = Rationale });
        }
    }

    private static Indicator IndicatorFor(NodeId goal, GoalLevel level, Random random)
    {
        var baseline = 20 + random.Next(60);
        return new Indicator
        {
            Id = new IndicatorId("ind-" + goal.Value),
            Name = "Indicator " + goal.Value,
            Unit = "%",
            Level = level == GoalLevel.Output ? ResultLevel.Output : ResultLevel.Outcome,
            Nature = random.Next(3) == 0 ? IndicatorNature.Perception : IndicatorNature.Fact,
            Polarity = Polarity.HigherIsBetter,
            Aggregation = AggregationKind.Ratio,
            Granularity = ScaleLevel.Wijk,
            Source = new DataSource { Name = "Wijkmonitor", Granularity = ScaleLevel.Buurt, UpdateFrequency = Period.FromYears(1) },
            Frequency = Period.FromYears(1),
            Baseline = new Baseline { Value = baseline, Date = Start },
            Targets = [new Target { Value = baseline + 10, Date = Start.PlusYears(10), Frame = ReferenceFrameKind.CityAverage }],
        };
    }

    private static Programme[] Programmes() =>
    [
        .. Enumerable.Range(0, 5).Select(p => new Programme
        {
            Id = new ProgrammeId($"programma-{p + 1}"),
            Name = $"Uitvoeringsprogramma {p + 1}",
            Period = new DateInterval(Start.PlusYears(4 * p), Start.PlusYears(4 * (p + 1)).PlusDays(-1)),
        }),
    ];

    private static Alliantie Alliance() => new()
    {
        Name = "Synthetische alliantie",
        Members = Partners.Select(p => new AllianceMember { StakeholderId = new StakeholderId(p.Id), Joined = Start }).ToEquatableArray(),
        Commitments = Partners.Select(p => new Commitment { StakeholderId = new StakeholderId(p.Id), Kind = CommitmentKind.Capacity, Amount = 1m }).ToEquatableArray(),
        Bodies =
        [
            new GovernanceBody { Id = new GovernanceBodyId("stuurgroep"), Name = "Stuurgroep", Level = GovernanceLevel.Bestuurlijk, IncludesResidents = true, MeetingInterval = Period.FromMonths(3) },
            new GovernanceBody { Id = new GovernanceBodyId("programmateam"), Name = "Programmateam", Level = GovernanceLevel.Tactisch, MeetingInterval = Period.FromMonths(1) },
            new GovernanceBody { Id = new GovernanceBodyId("wijkteam"), Name = "Wijkteamoverleg", Level = GovernanceLevel.Operationeel, MeetingInterval = Period.FromWeeks(2) },
        ],
        ProcessDirection = new ProcessDirection { Name = "Programmabureau", IsIndependent = true },
        ResidentInvolvement = ResidentInvolvementVariant.D,
        Contract = new LokaalContract { Name = "Wijkdeal", SignedOn = Start, ReviewInterval = Period.FromYears(4), SignatoryIds = Partners.Select(p => new StakeholderId(p.Id)).ToEquatableArray() },
    };
}
