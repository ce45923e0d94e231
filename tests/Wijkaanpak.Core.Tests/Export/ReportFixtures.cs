using NodaTime;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Export;

/// <summary>Small models for the report tests: a complete one, and one whose names try to break the markup.</summary>
internal static class ReportFixtures
{
    public static WijkaanpakModel Overvecht() => Build(name => name);

    /// <summary>The same model with every name replaced by markup, quotes, control characters and a link.</summary>
    public static WijkaanpakModel Hostile() =>
        Build(name => $"<script>alert('{name}')</script> & \"{name}\" ]]> <!-- --> \u0001 [x](http://evil.example) | # *{name}*");

    public static ReportOptions WithInputs(Language language = Language.Dutch) => new()
    {
        Language = language,
        AsOf = new LocalDate(2024, 12, 31),
        Diagnostics =
        [
            new ReportDiagnostic { Code = "WA0003", Severity = ReportSeverity.Warning, Message = "Interventie zonder trekker", ElementIds = ["i-buurtsport"] },
            new ReportDiagnostic { Code = "WA0001", Severity = ReportSeverity.Error, Message = "Cyclus in de doel-middelketen", ElementIds = ["g-a", "g-b"] },
        ],
        IndicatorStatuses =
        [
            new ReportIndicatorStatus { IndicatorId = new IndicatorId("ind-schulden"), Latest = 14.5, LatestDate = new LocalDate(2024, 1, 1), Progress = 0.4, Remark = "2 van 2 buurten" },
            new ReportIndicatorStatus { IndicatorId = new IndicatorId("ind-schulden"), AreaId = new AreaId("overvecht"), Latest = 15, Progress = 0.5 },
            new ReportIndicatorStatus { IndicatorId = new IndicatorId("ind-schulden"), AreaId = new AreaId("zamenhof"), Latest = 18.2, Progress = -0.05 },
        ],
        ChecklistScores =
        [
            new ReportChecklistScore { Checklist = "Checklist Wmo-praktijken", Part = "Beleidsontwerp", Score = 6, Maximum = 8 },
            new ReportChecklistScore { Checklist = "Checklist Wmo-praktijken", Part = "Draagvlak", Score = 3, Maximum = 6 },
        ],
    };

    private static WijkaanpakModel Build(Func<string, string> name)
    {
        var builder = new ModelBuilder(name("Samen voor Overvecht"))
            .Describe(name("Integrale aanpak in Overvecht"), name("Synthetische cijfers"), new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2035, 12, 31)))
            .Area("utrecht", name("Utrecht"), ScaleLevel.Gemeente, cbsCode: "GM0344", population: 360_000)
            .Area("overvecht", name("Overvecht"), ScaleLevel.Wijk, parent: "utrecht", population: 33_000, households: 15_000)
            .Area("zamenhof", name("Zamenhof"), ScaleLevel.Buurt, parent: "overvecht", population: 6_000)
            .Opgave("armoede", name("Armoede en schulden"), OpgaveFamily.MaatschappelijkProbleem, "overvecht")
            .Stakeholder("gemeente", name("Gemeente Utrecht"), StakeholderType.Gemeente)
            .Stakeholder("portaal", name("Portaal"), StakeholderType.Woningcorporatie)
            .Stakeholder("buurtteam", name("Buurtteam"), StakeholderType.SociaalWijkteam)
            .Stakeholder("bewoners", name("Bewonersplatform"), StakeholderType.Bewonersorganisatie)
            .Relation("gemeente", "buurtteam", RelationKind.Funding, 3)
            .Relation("gemeente", "portaal", RelationKind.Collaboration)
            .Relation("portaal", "bewoners", RelationKind.Conflict)
            .Relation("buurtteam", "bewoners", RelationKind.Information)
            .Goal("g-missie", name("Kansrijk opgroeien en wonen"), GoalLevel.Mission)
            .Goal("g-bestaanszekerheid", name("Bestaanszekerheid"), GoalLevel.Ambition, "g-missie")
            .Goal("g-schulden", name("Minder huishoudens met problematische schulden"), GoalLevel.Goal, "g-bestaanszekerheid")
            .Goal("g-vroeg", name("Schulden eerder in beeld"), GoalLevel.SubGoal, "g-schulden")
            .Goal("g-gesprekken", name("Keukentafelgesprekken gevoerd"), GoalLevel.Output, "g-vroeg")
            .Intervention("i-keukentafel", name("Schuldhulp aan de keukentafel"), InterventionKind.Intensivering, owner: "buurtteam", budget: 250_000m, contributesTo: ["g-gesprekken"])
            .Intervention("i-vroegsignalering", name("Vroegsignalering met corporatie"), InterventionKind.Koppelkans, owner: "portaal", contributesTo: ["g-vroeg", "g-missie"])
            .Intervention("i-buurtsport", name("Buurtsport"), InterventionKind.Regulier, contributesTo: ["g-bestaanszekerheid"])
            .Precondition("p-data", name("Gegevensdeling geregeld"), PreconditionStatus.PartlyMet, "i-vroegsignalering")
            .Indicator("ind-schulden", name("Huishoudens met problematische schulden"), ResultLevel.Outcome, Polarity.LowerIsBetter, AggregationKind.Ratio, "%")
            .Indicator("ind-gesprekken", name("Gevoerde gesprekken"), ResultLevel.Output, Polarity.HigherIsBetter, AggregationKind.Count, "aantal")
            .MeasuredBy("g-schulden", "ind-schulden")
            .Member("gemeente", new LocalDate(2019, 6, 1))
            .Member("portaal", new LocalDate(2019, 6, 1))
            .Member("buurtteam", new LocalDate(2020, 1, 1), new LocalDate(2023, 1, 1))
            .Commit("gemeente", CommitmentKind.Money, 1_500_000m, "i-keukentafel")
            .Commit("portaal", CommitmentKind.Money, 400_000m, "i-vroegsignalering")
            .Commit("portaal", CommitmentKind.Capacity, 2.5m, "i-vroegsignalering")
            .Alliantie(a => a with { Name = name("Alliantie Overvecht"), Founded = new LocalDate(2019, 6, 1) });
        foreach (var (year, overvecht, zamenhof) in new[] { (2020, 18.0, 21.0), (2021, 17.2, 20.1), (2022, 16.1, 19.5), (2023, 15.0, 18.2) })
        {
            builder.Measurement("ind-schulden", "overvecht", new LocalDate(year, 1, 1), overvecht)
                .Measurement("ind-schulden", "zamenhof", new LocalDate(year, 1, 1), zamenhof)
                .Measurement("ind-gesprekken", "overvecht", new LocalDate(year, 12, 31), 100 * (year - 2019));
        }

        var model = builder.Build();
        var schulden = model.Indicators[0] with
        {
            IsCore = true,
            Baseline = new Baseline { Value = 18, Date = new LocalDate(2020, 1, 1) },
            Targets = [new Target { Value = 12, Date = new LocalDate(2030, 1, 1) }],
        };
        return model with { Indicators = [schulden, model.Indicators[1]] };
    }
}
