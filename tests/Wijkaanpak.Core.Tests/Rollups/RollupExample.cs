using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Rollups;

/// <summary>The worked example of docs/rollups.md: every figure in that page is checked against this model.</summary>
internal static class RollupExample
{
    public static readonly LocalDate Y2022 = new(2022, 1, 1);
    public static readonly LocalDate Y2023 = new(2023, 1, 1);
    public static readonly LocalDate Y2024 = new(2024, 1, 1);

    private static readonly OpgaveId Opgave = new("armoede-oost");

    public static WijkaanpakModel Model() => Builder().Build();

    public static ModelBuilder Builder() => new ModelBuilder("Voorbeeld Oost")
        .Area("stad", "Voorbeeldstad", ScaleLevel.Gemeente)
        .Area("oost", "Oost", ScaleLevel.Wijk, parent: "stad")
        .Area("noord", "Noord", ScaleLevel.Buurt, parent: "oost", population: 2000, households: 500)
        .Area("zuid", "Zuid", ScaleLevel.Buurt, parent: "oost", population: 4000, households: 1200)
        .Opgave("armoede-oost", "Armoede en werkloosheid in Oost", OpgaveFamily.MaatschappelijkProbleem, "oost")
        .Stakeholder("gemeente", "Gemeente", StakeholderType.Gemeente)
        .Stakeholder("corporatie", "Corporatie", StakeholderType.Woningcorporatie)
        .Stakeholder("fonds", "Fonds", StakeholderType.Fonds)
        .Add(new Indicator
        {
            Id = new IndicatorId("werkloosheid"),
            Name = "Werkloosheid",
            Unit = "%",
            Level = ResultLevel.Outcome,
            Polarity = Polarity.LowerIsBetter,
            Aggregation = AggregationKind.Ratio,
            Frequency = Period.FromYears(1),
            Baseline = new Baseline { Value = 12.7, Date = Y2022, AreaId = new AreaId("oost") },
            Targets = [new Target { Value = 10, Date = new LocalDate(2030, 1, 1), AreaId = new AreaId("oost"), Milestones = [new Milestone { Date = Y2024, Value = 12 }] }],
            ReferenceValues = [new ReferenceValue { Frame = ReferenceFrameKind.G4Average, Date = Y2024, Value = 9.5 }],
        })
        .Add(new Indicator
        {
            Id = new IndicatorId("bereikt"),
            Name = "Huishoudens bereikt",
            Unit = "aantal",
            Level = ResultLevel.Output,
            Polarity = Polarity.HigherIsBetter,
            Aggregation = AggregationKind.Count,
            Baseline = new Baseline { Value = 0, Date = Y2022, AreaId = new AreaId("oost") },
            Targets = [new Target { Value = 400, Date = new LocalDate(2025, 1, 1), AreaId = new AreaId("oost") }],
        })
        .Add(new Indicator
        {
            Id = new IndicatorId("tevredenheid"),
            Name = "Tevredenheid met de buurt",
            Unit = "rapportcijfer",
            Level = ResultLevel.Outcome,
            Nature = IndicatorNature.Perception,
            Polarity = Polarity.HigherIsBetter,
            Aggregation = AggregationKind.WeightedMean,
            WeightBasis = WeightBasis.Households,
            ReferenceValues = [new ReferenceValue { Frame = ReferenceFrameKind.CityAverage, Date = Y2024, Value = 6.8 }],
        })
        .Measurement("werkloosheid", "noord", Y2022, 8.0, 80, 1000)
        .Measurement("werkloosheid", "zuid", Y2022, 15.0, 300, 2000)
        .Measurement("werkloosheid", "noord", Y2023, 8.0, 80, 1000)
        .Measurement("werkloosheid", "zuid", Y2023, 14.9, 298, 2000)
        .Measurement("werkloosheid", "noord", Y2024, 8.2, 82, 1000)
        .Measurement("werkloosheid", "zuid", Y2024, 15.0, 300, 2000)
        .Measurement("bereikt", "noord", Y2022, 20)
        .Measurement("bereikt", "zuid", Y2022, 30)
        .Measurement("bereikt", "noord", Y2023, 60)
        .Measurement("bereikt", "zuid", Y2023, 90)
        .Measurement("bereikt", "noord", Y2024, 110)
        .Measurement("bereikt", "zuid", Y2024, 190)
        .Measurement("tevredenheid", "noord", Y2024, 7.0)
        .Measurement("tevredenheid", "zuid", Y2024, 6.0)
        .Add(Goal("missie", "Oost is een wijk met kansen", GoalLevel.Mission))
        .Add(Goal("werk", "Minder werkloosheid in Oost", GoalLevel.Goal, "werkloosheid"))
        .Add(Goal("leefbaar", "Bewoners waarderen hun buurt", GoalLevel.Goal, "tevredenheid"))
        .Add(Goal("bereik", "Huishoudens met schulden bereikt", GoalLevel.Output, "bereikt"))
        .ContributesTo("werk", "missie")
        .ContributesTo("leefbaar", "missie")
        .ContributesTo("bereik", "werk")
        .Intervention("schuldhulp", "Schuldhulp aan de keukentafel", InterventionKind.Intensivering, owner: "gemeente", budget: 60_000m, contributesTo: ["bereik"])
        .Intervention("jobcoach", "Jobcoach in de wijk", InterventionKind.Experiment, owner: "corporatie", budget: 90_000m)
        .Add(new ChangeEdge { From = new NodeId("jobcoach"), To = new NodeId("werk"), Weight = 2 })
        .Add(new ChangeEdge { From = new NodeId("jobcoach"), To = new NodeId("leefbaar"), Weight = 1 })
        .Precondition("woningen", "Woningen op orde", PreconditionStatus.Unmet, "leefbaar")
        .Member("gemeente", Y2022)
        .Member("fonds", Y2022)
        .Commit("fonds", CommitmentKind.Money, 40_000m, "werk", "leefbaar")
        .Funnel("werk-funnel", "Re-integratie", "oost", ("Intake", 318), ("Gestart", 258), ("Volgehouden", 195), ("Aan het werk", 87))
        .Add(new SocialReturnCase
        {
            Id = new SocialReturnCaseId("schuldhulp-sroi"),
            Name = "Schuldhulp aan de keukentafel",
            DiscountRate = 0.03,
            Investments =
            [
                new SocialInvestment { StakeholderId = new StakeholderId("gemeente"), Amount = 60_000m },
                new SocialInvestment { StakeholderId = new StakeholderId("fonds"), Amount = 40_000m },
            ],
            Outcomes =
            [
                new SocialOutcome
                {
                    Name = "Huishoudens schuldenvrij", Quantity = 40, FinancialProxy = 2_500m, Deadweight = 0.25, Attribution = 0.2,
                    Duration = 3, DropOff = 0.1, BeneficiaryId = new StakeholderId("corporatie"),
                },
                new SocialOutcome
                {
                    Name = "Minder bijstand", Quantity = 10, FinancialProxy = 6_000m, Deadweight = 0.3, Attribution = 0.2,
                    Duration = 2, BeneficiaryId = new StakeholderId("gemeente"),
                },
            ],
        });

    private static Goal Goal(string id, string name, GoalLevel level, params string[] indicators) => new()
    {
        Id = new NodeId(id),
        Name = name,
        Level = level,
        OpgaveIds = [Opgave],
        IndicatorIds = indicators.Select(i => new IndicatorId(i)).ToEquatableArray(),
    };
}
