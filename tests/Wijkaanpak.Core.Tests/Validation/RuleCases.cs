using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Validation;

/// <summary>
/// For every built-in rule: a minimal model that triggers it, and the same model corrected so
/// that it does not. Models are as small as the rule allows; the reference date is <see cref="Today"/>.
/// </summary>
internal static class RuleCases
{
    public static readonly LocalDate Today = new(2025, 6, 1);

    private static readonly LocalDate Start = new(2024, 1, 1);

    public static IReadOnlyDictionary<string, (Func<WijkaanpakModel> Triggers, Func<WijkaanpakModel> Silent)> All { get; } =
        new Dictionary<string, (Func<WijkaanpakModel>, Func<WijkaanpakModel>)>(StringComparer.Ordinal)
        {
            ["WA0001"] = (
                () => new ModelBuilder("m").Intervention("i", "I", InterventionKind.Regulier, owner: "ghost").BuildUnchecked(),
                () => new ModelBuilder("m").Stakeholder("s", "S", StakeholderType.Welzijn).Intervention("i", "I", InterventionKind.Regulier, owner: "s").Build()),
            ["WA0002"] = (
                () => Chain().ContributesTo("missie", "doel").BuildUnchecked(),
                () => Chain().Build()),
            ["WA0003"] = (
                () => Chain().Intervention("los", "Los", InterventionKind.Regulier).Build(),
                () => Chain().Intervention("los", "Los", InterventionKind.Regulier, contributesTo: "doel").Build()),
            ["WA0004"] = (
                () => Chain().Intervention("los", "Los", InterventionKind.QuickWin).Build(),
                () => Chain().Intervention("los", "Los", InterventionKind.QuickWin, contributesTo: "doel").Build()),
            ["WA0005"] = (
                () => Chain().Goal("leeg", "Leeg", GoalLevel.Goal, "missie").Build(),
                () => Chain().Goal("leeg", "Leeg", GoalLevel.Goal, "missie").Intervention("i2", "I2", InterventionKind.Regulier, contributesTo: "leeg").Build()),
            ["WA0006"] = (
                () => Chain().Goal("eiland", "Eiland", GoalLevel.Goal).Build(),
                () => Chain().Goal("eiland", "Eiland", GoalLevel.Goal, "missie").Build()),
            ["WA0007"] = (
                () => new ModelBuilder("m").Goal("doel", "Doel", GoalLevel.Goal).Build(),
                () => Chain().Build()),
            ["WA0008"] = (
                () => new ModelBuilder("m").Build(),
                () => Chain().Build()),
            ["WA0009"] = (
                () => Chain().Goal("output", "Output", GoalLevel.Output).ContributesTo("doel", "output").Build(),
                () => Chain().Goal("output", "Output", GoalLevel.Output, "doel").Build()),
            ["WA0010"] = (
                () => Chain().ContributesTo("i", "missie").Build(),
                () => Chain().Build()),
            ["WA0011"] = (
                () => new ModelBuilder("m").Goal("missie", "M", GoalLevel.Mission).Goal("doel", "D", GoalLevel.Goal, "missie").Build(),
                () => Chain().Build()),
            ["WA0012"] = (
                () => Chain().Add(new Assumption { Id = new NodeId("a"), Statement = "Bewoners doen mee" }).Build(),
                () => Chain().Add(new Assumption { Id = new NodeId("a"), Statement = "Bewoners doen mee" }).Add(new ChangeEdge { From = new NodeId("i"), To = new NodeId("a"), Kind = ChangeEdgeKind.RestsOnAssumption }).Build()),
            ["WA0013"] = (
                () => Chain().Add(Edge("i", "doel")).Build(),
                () => Chain().Build()),
            ["WA0088"] = (
                () => Chain().Add(Edge("i", "missie")).Build(),
                () => Chain().Goal("tweede", "Tweede", GoalLevel.Goal, "missie").Add(Edge("i", "tweede")).Build()),
            ["WA0014"] = (
                () => new ModelBuilder("m").Goal("missie", "M", GoalLevel.Mission).Build(),
                () => Chain().Build()),
            ["WA0015"] = (
                () => Chain().Add(Opgave(EvidenceKind.Counted)).Build(),
                () => Chain().Add(Opgave(EvidenceKind.Counted)).Add(new Goal { Id = new NodeId("g2"), Name = "G2", Level = GoalLevel.Goal, OpgaveIds = [new OpgaveId("o")] }).Build()),
            ["WA0016"] = (
                () => Chain().Precondition("veilig", "Basis op orde", PreconditionStatus.Unmet, "i").Build(),
                () => Chain().Precondition("veilig", "Basis op orde", PreconditionStatus.PartlyMet, "i").Build()),
            ["WA0020"] = (
                () => new ModelBuilder("m").Goal("g", "G", GoalLevel.Goal).Build(),
                () => new ModelBuilder("m").Goal("g", "G", GoalLevel.Goal).Add(Indicator("x")).MeasuredBy("g", "x").Build()),
            ["WA0021"] = (
                () => new ModelBuilder("m").Goal("g", "G", GoalLevel.Goal).Add(Indicator("x", ResultLevel.Output)).MeasuredBy("g", "x").Build(),
                () => new ModelBuilder("m").Goal("g", "G", GoalLevel.Goal).Add(Indicator("x", ResultLevel.Output)).Add(Indicator("y", ResultLevel.Outcome)).MeasuredBy("g", "x", "y").Build()),
            ["WA0022"] = (() => Model(Indicator("x") with { Baseline = null }), () => Model(Indicator("x"))),
            ["WA0023"] = (() => Model(Indicator("x") with { Targets = default }), () => Model(Indicator("x"))),
            ["WA0024"] = (() => Model(Indicator("x") with { Source = null }), () => Model(Indicator("x"))),
            ["WA0025"] = (() => Model(Indicator("x") with { Unit = null }), () => Model(Indicator("x"))),
            ["WA0026"] = (
                () => Model(Indicator("x") with { Frequency = null, Source = new DataSource { Name = "Monitor" } }),
                () => Model(Indicator("x") with { Frequency = null, Source = new DataSource { Name = "Monitor", UpdateFrequency = Period.FromYears(1) } })),
            ["WA0027"] = (
                () => Model(Indicator("x") with { Targets = [new Target { Date = Start.PlusYears(-1), Value = 1, Frame = ReferenceFrameKind.OwnBaseline }] }),
                () => Model(Indicator("x"))),
            ["WA0028"] = (() => Model(Indicator("x") with { Frequency = Period.FromYears(2) }), () => Model(Indicator("x"))),
            ["WA0029"] = (
                () => Model(Indicator("x") with { Targets = [new Target { Date = Start.PlusYears(4), Value = 1 }] }),
                () => Model(Indicator("x"))),
            ["WA0030"] = (
                () => new ModelBuilder("m").Add(Indicator("x")).Build(),
                () => new ModelBuilder("m").Goal("g", "G", GoalLevel.Goal).Add(Indicator("x")).MeasuredBy("g", "x").Build()),
            ["WA0031"] = (() => Model(Indicator("x")), () => Model(Indicator("x"), Indicator("y") with { Nature = IndicatorNature.Perception })),
            ["WA0033"] = (
                () => new ModelBuilder("m").Intervention("i", "I", InterventionKind.Regulier).Build(),
                () => new ModelBuilder("m").Intervention("i", "I", InterventionKind.Regulier).Add(Indicator("x")).MeasuredBy("i", "x").Build()),
            ["WA0034"] = (
                () => Model(Indicator("x") with { Targets = [Target() with { Milestones = [new Milestone { Date = Start.PlusYears(5), Value = 2 }] }] }),
                () => Model(Indicator("x") with { Targets = [Target() with { Milestones = [new Milestone { Date = Start.PlusYears(2), Value = 2 }] }] })),
            ["WA0040"] = (
                () => new ModelBuilder("m").Intervention("i", "I", InterventionKind.Regulier).Build(),
                () => new ModelBuilder("m").Stakeholder("s", "S", StakeholderType.Welzijn).Intervention("i", "I", InterventionKind.Regulier, owner: "s").Build()),
            ["WA0041"] = (
                () => Partners().Member("gemeente", Start).Intervention("i", "I", InterventionKind.Regulier, owner: "welzijn").Build(),
                () => Partners().Member("welzijn", Start).Intervention("i", "I", InterventionKind.Regulier, owner: "welzijn").Build()),
            ["WA0042"] = (
                () => Partners().Member("welzijn", Start).Build(),
                () => Partners().Member("welzijn", Start).Commit("welzijn", CommitmentKind.Capacity, 2m).Build()),
            ["WA0043"] = (
                () => Partners().Add(Body("b", GovernanceLevel.Bestuurlijk)).Build(),
                () => Partners().Add(Body("b", GovernanceLevel.Bestuurlijk)).Add(Body("t", GovernanceLevel.Tactisch)).Add(Body("o", GovernanceLevel.Operationeel)).Build()),
            ["WA0044"] = (
                () => Partners().Add(Body("t", GovernanceLevel.Tactisch)).Build(),
                () => Partners().Add(Body("b", GovernanceLevel.Bestuurlijk)).Build()),
            ["WA0045"] = (
                () => Partners().Member("welzijn", Start).Build(),
                () => Partners().Alliantie(a => a with { ProcessDirection = new ProcessDirection { Name = "Programmabureau", IsIndependent = true } }).Build()),
            ["WA0046"] = (
                () => Partners().Alliantie(a => a with { ProcessDirection = new ProcessDirection { Name = "Programmabureau" } }).Build(),
                () => Partners().Alliantie(a => a with { ProcessDirection = new ProcessDirection { Name = "Programmabureau", IsIndependent = true } }).Build()),
            ["WA0047"] = (
                () => Partners().Alliantie(a => a with { Contract = Contract(Today.PlusYears(-3), Period.FromYears(2)) }).Build(),
                () => Partners().Alliantie(a => a with { Contract = Contract(Today.PlusYears(-1), Period.FromYears(2)) }).Build()),
            ["WA0048"] = (
                () => Partners().Alliantie(a => a with { Contract = Contract(Start, Period.FromYears(5)) }).Build(),
                () => Partners().Alliantie(a => a with { Contract = Contract(Start, Period.FromYears(4)) }).Build()),
            ["WA0049"] = (
                () => Partners().Member("welzijn", Start).Build(),
                () => Partners().Alliantie(a => a with { Contract = Contract(Start, Period.FromYears(4)) }).Build()),
            ["WA0050"] = (
                () => new ModelBuilder("m").Goal("g", "G", GoalLevel.Goal).Build(),
                () => Partners().Add(new Goal { Id = new NodeId("g"), Name = "G", Level = GoalLevel.Goal, AccountableIds = [new StakeholderId("welzijn")] }).Build()),
            ["WA0052"] = (
                () => Partners().Add(Body("b", GovernanceLevel.Bestuurlijk)).Build(),
                () => Partners().Add(Body("b", GovernanceLevel.Bestuurlijk) with { IncludesResidents = true }).Build()),
            ["WA0053"] = (
                () => Partners().Member("gemeente", Start).Commit("welzijn", CommitmentKind.Capacity, 1m).Build(),
                () => Partners().Member("welzijn", Start).Commit("welzijn", CommitmentKind.Capacity, 1m).Build()),
            ["WA0054"] = (
                () => new ModelBuilder("m").Intervention("i", "I", InterventionKind.Regulier).Build(),
                () => Partners().Member("gemeente", Start).Intervention("i", "I", InterventionKind.Regulier).Build()),
            ["WA0056"] = (
                () => Partners().Member("gemeente", Start).Build(),
                () => Partners().Member("gemeente", Start).Member("welzijn", Start).Build()),
            ["WA0060"] = (
                () => new ModelBuilder("m").Describe(horizon: Years(Start, 8)).Build(),
                () => new ModelBuilder("m").Describe(horizon: Years(Start, 10)).Build()),
            ["WA0061"] = (
                () => new ModelBuilder("m").Describe(horizon: Years(Start, 12)).Build(),
                () => new ModelBuilder("m").Describe(horizon: Years(Start, 20)).Build()),
            ["WA0062"] = (
                () => new ModelBuilder("m").Build(),
                () => new ModelBuilder("m").Describe(horizon: Years(Start, 20)).Build()),
            ["WA0063"] = (
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 6))).Build(),
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4))).Build()),
            ["WA0064"] = (
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4))).Add(ProgrammeIntervention("i", "p", Years(Start.PlusYears(3), 2))).Build(),
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4))).Add(ProgrammeIntervention("i", "p", Years(Start.PlusYears(1), 2))).Build()),
            ["WA0065"] = (
                () => new ModelBuilder("m").Describe(horizon: Years(Start, 20)).Add(Programme("p", Years(Start.PlusYears(18), 4))).Build(),
                () => new ModelBuilder("m").Describe(horizon: Years(Start, 20)).Add(Programme("p", Years(Start.PlusYears(4), 4))).Build()),
            ["WA0070"] = (
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4), Line("l", 100m))).Add(ProgrammeIntervention("i", "p", Years(Start, 1)) with { Budget = 150m }).Build(),
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4), Line("l", 200m))).Add(ProgrammeIntervention("i", "p", Years(Start, 1)) with { Budget = 150m }).Build()),
            ["WA0071"] = (
                () => Partners().Member("welzijn", Start).Commit("welzijn", CommitmentKind.Money, 50m).Add(Programme("p", Years(Start, 4), Line("l", 100m) with { FunderId = new StakeholderId("welzijn") })).Build(),
                () => Partners().Member("welzijn", Start).Commit("welzijn", CommitmentKind.Money, 100m).Add(Programme("p", Years(Start, 4), Line("l", 100m) with { FunderId = new StakeholderId("welzijn") })).Build()),
            ["WA0072"] = (
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4), Line("l", 1m) with { Purpose = BudgetPurpose.OrganisationCosts, Nature = FundingNature.OneOff })).Build(),
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4), Line("l", 1m) with { Purpose = BudgetPurpose.OrganisationCosts, Nature = FundingNature.Structural })).Build()),
            ["WA0073"] = (
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4), Line("l", 1m) with { Category = FundingCategory.Additioneel, Period = Years(Start, 2) })).Build(),
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4), Line("l", 1m) with { Category = FundingCategory.Additioneel, Period = Years(Start, 4) })).Build()),
            ["WA0075"] = (
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4))).Add(ProgrammeIntervention("i", "p", Years(Start, 1))).Build(),
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4))).Add(ProgrammeIntervention("i", "p", Years(Start, 1)) with { Kind = InterventionKind.Intensivering }).Build()),
            ["WA0076"] = (
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4), Line("l", 100m) with { Spent = 120m })).Build(),
                () => new ModelBuilder("m").Add(Programme("p", Years(Start, 4), Line("l", 100m) with { Spent = 80m })).Build()),
            ["WA0080"] = (
                () => Partners().Member("welzijn", Start).Build(),
                () => Partners().Alliantie(a => a with { ResidentInvolvement = ResidentInvolvementVariant.D }).Build()),
            ["WA0081"] = (
                () => Partners().Alliantie(a => a with { ResidentInvolvement = ResidentInvolvementVariant.B }).Build(),
                () => Partners().Alliantie(a => a with { ResidentInvolvement = ResidentInvolvementVariant.C }).Build()),
            ["WA0082"] = (
                () => Measured(Today.PlusYears(-3)),
                () => Measured(Today.PlusYears(-1))),
            ["WA0083"] = (
                () => Model(Indicator("x") with { Granularity = ScaleLevel.Buurt }),
                () => Model(Indicator("x") with { Granularity = ScaleLevel.Wijk })),
            ["WA0084"] = (
                () => Measured(Today.PlusYears(-1), area: "buurt"),
                () => Measured(Today.PlusYears(-1))),
            ["WA0086"] = (
                () => Measured(Today.PlusDays(1)),
                () => Measured(Today)),
            ["WA0087"] = (
                () => new ModelBuilder("m").Add(Opgave(EvidenceKind.Counted)).Build(),
                () => new ModelBuilder("m").Add(Opgave(EvidenceKind.Counted, EvidenceKind.Told)).Build()),
        };

    /// <summary>A well-formed chain: intervention i → goal doel → mission missie, with rationales and a precondition.</summary>
    public static ModelBuilder Chain() => new ModelBuilder("m")
        .Goal("missie", "Missie", GoalLevel.Mission)
        .Add(new Goal { Id = new NodeId("doel"), Name = "Doel", Level = GoalLevel.Goal })
        .Intervention("i", "Interventie", InterventionKind.Intensivering)
        .Add(Edge("doel", "missie"))
        .Add(Edge("i", "doel"))
        .Precondition("basis", "Basis op orde", PreconditionStatus.Met, "doel");

    private static ChangeEdge Edge(string from, string to) =>
        new() { From = new NodeId(from), To = new NodeId(to), Rationale = "Omdat het werkt." };

    public static Indicator Indicator(string id, ResultLevel level = ResultLevel.Outcome) => new()
    {
        Id = new IndicatorId(id),
        Name = id,
        Unit = "%",
        Level = level,
        Polarity = Polarity.HigherIsBetter,
        Aggregation = AggregationKind.Ratio,
        Source = new DataSource { Name = "Wijkmonitor", Granularity = ScaleLevel.Wijk },
        Granularity = ScaleLevel.Wijk,
        Frequency = Period.FromYears(1),
        Baseline = new Baseline { Value = 40, Date = Start },
        Targets = [Target()],
    };

    private static Target Target() => new() { Date = Start.PlusYears(4), Value = 50, Frame = ReferenceFrameKind.CityAverage };

    private static WijkaanpakModel Model(params Indicator[] indicators)
    {
        var builder = new ModelBuilder("m");
        foreach (var indicator in indicators)
        {
            builder.Add(indicator);
        }

        return builder.Build();
    }

    private static WijkaanpakModel Measured(LocalDate date, string area = "wijk") =>
        new ModelBuilder("m")
            .Area("wijk", "Wijk", ScaleLevel.Wijk)
            .Area("buurt", "Buurt", ScaleLevel.Buurt, parent: "wijk")
            .Add(Indicator("x"))
            .Measurement("x", area, date, 45)
            .Build();

    private static ModelBuilder Partners() => new ModelBuilder("m")
        .Stakeholder("gemeente", "Gemeente", StakeholderType.Gemeente)
        .Stakeholder("welzijn", "Welzijn", StakeholderType.Welzijn);

    private static GovernanceBody Body(string id, GovernanceLevel level) =>
        new() { Id = new GovernanceBodyId(id), Name = id, Level = level };

    private static LokaalContract Contract(LocalDate signed, Period interval) =>
        new() { Name = "Wijkdeal", SignedOn = signed, ReviewInterval = interval };

    private static DateInterval Years(LocalDate start, int years) => new(start, start.PlusYears(years).PlusDays(-1));

    private static Programme Programme(string id, DateInterval period, params BudgetLine[] lines) =>
        new() { Id = new ProgrammeId(id), Name = id, Period = period, BudgetLines = [.. lines] };

    private static BudgetLine Line(string id, decimal pledged) => new()
    {
        Id = new BudgetLineId(id),
        Name = id,
        Category = FundingCategory.Regulier,
        Nature = FundingNature.Structural,
        Pledged = pledged,
    };

    private static Intervention ProgrammeIntervention(string id, string programme, DateInterval period) => new()
    {
        Id = new NodeId(id),
        Name = id,
        Kind = InterventionKind.Regulier,
        ProgrammeId = new ProgrammeId(programme),
        Period = period,
    };

    private static Opgave Opgave(params EvidenceKind[] kinds) => new()
    {
        Id = new OpgaveId("o"),
        Name = "Armoede",
        Family = OpgaveFamily.MaatschappelijkProbleem,
        Evidence = [.. kinds.Select(k => new Evidence { Kind = k, Text = k.ToString() })],
    };
}
