using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Instruments;

/// <summary>Small models for the instruments' tests: one that has every lever the scan looks for, and pieces to take away.</summary>
internal static class InstrumentModels
{
    internal static readonly LocalDate Signed = new(2024, 3, 1);

    internal static readonly DateInterval ShortPeriod = new(new LocalDate(2024, 4, 1), new LocalDate(2025, 7, 31));

    internal static ModelBuilder Base(LocalDate? residentsJoined = null) => new ModelBuilder("Wijk aan zet")
        .Describe(horizon: new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2039, 12, 31)))
        .Area("stad", "Stad", ScaleLevel.Gemeente)
        .Opgave("armoede", "Armoede en schulden", OpgaveFamily.MaatschappelijkProbleem, "stad")
        .Stakeholder("gemeente", "Gemeente", StakeholderType.Gemeente)
        .Stakeholder("corporatie", "Woonstichting", StakeholderType.Woningcorporatie)
        .Stakeholder("welzijn", "Welzijnswerk", StakeholderType.Welzijn)
        .Stakeholder("bewoners", "Bewonersplatform", StakeholderType.Bewonersorganisatie)
        .Indicator("armoede-pct", "Huishoudens in armoede", ResultLevel.Outcome, Polarity.LowerIsBetter, AggregationKind.Ratio)
        .Indicator("bereik", "Bereikte huishoudens", ResultLevel.Output, Polarity.HigherIsBetter, AggregationKind.Count)
        .Indicator("speelplekken", "Opgeknapte speelplekken", ResultLevel.Output, Polarity.HigherIsBetter, AggregationKind.Count)
        .Goal("missie", "Iedereen doet mee", GoalLevel.Mission)
        .Goal("minder-armoede", "Minder armoede", GoalLevel.Goal, "missie")
        .MeasuredBy("minder-armoede", "armoede-pct")
        .Goal("huisbezoeken", "Huisbezoeken afgelegd", GoalLevel.Output, "minder-armoede")
        .Add(new Intervention { Id = new NodeId("achter-de-voordeur"), Name = "Achter de voordeur", Kind = InterventionKind.Intensivering, OwnerId = new StakeholderId("welzijn"), ProgrammeId = new ProgrammeId("p1"), IndicatorIds = [new IndicatorId("bereik")] })
        .ContributesTo("achter-de-voordeur", "huisbezoeken")
        .Add(new Intervention { Id = new NodeId("speelplek"), Name = "Speelplek opknappen", Kind = InterventionKind.QuickWin, OwnerId = new StakeholderId("corporatie"), ProgrammeId = new ProgrammeId("p1"), IndicatorIds = [new IndicatorId("speelplekken")] })
        .ContributesTo("speelplek", "minder-armoede")
        .Member("gemeente", new LocalDate(2024, 1, 1))
        .Member("corporatie", new LocalDate(2024, 1, 1))
        .Member("welzijn", new LocalDate(2024, 1, 1))
        .Member("bewoners", residentsJoined ?? new LocalDate(2024, 1, 15))
        .Commit("corporatie", CommitmentKind.Capacity, 2, "speelplek")
        .Commit("welzijn", CommitmentKind.Capacity, 3, "huisbezoeken")
        .Alliantie(a => a with
        {
            ProcessDirection = new ProcessDirection { Name = "Wijkregisseur", IsIndependent = true },
            Contract = new LokaalContract { Name = "Wijkdeal", Kind = ContractKind.Wijkdeal, SignedOn = Signed, SignatoryIds = [new StakeholderId("gemeente"), new StakeholderId("corporatie"), new StakeholderId("welzijn"), new StakeholderId("bewoners")] },
            ResidentInvolvement = ResidentInvolvementVariant.C,
        })
        .Add(new GovernanceBody { Id = new GovernanceBodyId("stuurgroep"), Name = "Stuurgroep", Level = GovernanceLevel.Bestuurlijk, MemberIds = [new StakeholderId("gemeente"), new StakeholderId("corporatie")] })
        .Add(new GovernanceBody { Id = new GovernanceBodyId("wijkteam"), Name = "Wijkteam", Level = GovernanceLevel.Operationeel, MemberIds = [new StakeholderId("welzijn"), new StakeholderId("bewoners")], IncludesResidents = true });

    internal static Programme Programme(string id, params BudgetPurpose[] purposes) => new()
    {
        Id = new ProgrammeId(id),
        Name = "Programma 2024-2025",
        Period = ShortPeriod,
        BudgetLines = [.. purposes.Select((p, i) => new BudgetLine { Id = new BudgetLineId($"{id}-b{i + 1}"), Name = p.ToString(), Category = FundingCategory.Additioneel, Nature = FundingNature.OneOff, Purpose = p, Pledged = 10_000 })],
    };

    internal static WijkaanpakModel Complete() => Base().Add(Programme("p1", BudgetPurpose.Interventions, BudgetPurpose.Communication)).Build();
}
