using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Networks;

/// <summary>Small hand-made alliances for the analysis tests.</summary>
internal static class AllianceModels
{
    public static readonly LocalDate Start = new(2020, 1, 1);

    /// <summary>
    /// A wijk alliance on an opgave with four domains: Wonen (corporation is a member), Veiligheid
    /// (police exists but is not a member), Werk (the gemeente fits by type) and Cultuur (no fitting
    /// type known; the school declares it but is not a member).
    /// </summary>
    public static WijkaanpakModel Wijkalliantie() => new ModelBuilder("Wijkalliantie")
        .Taxonomy("eigen", "Eigen indeling", ("wonen", "Wonen"), ("veiligheid", "Veiligheid en criminaliteit"), ("werk", "Werk en inkomen"), ("cultuur", "Cultuur"))
        .Area("wijk", "De Wijk", ScaleLevel.Wijk)
        .Add(new Opgave
        {
            Id = new OpgaveId("opgave"),
            Name = "Gestapelde problemen",
            Family = OpgaveFamily.MaatschappelijkProbleem,
            AreaIds = [new AreaId("wijk")],
            DomainIds = [new DomainId("wonen"), new DomainId("veiligheid"), new DomainId("werk"), new DomainId("cultuur")],
        })
        .Add(new Stakeholder { Id = new StakeholderId("gemeente"), Name = "Gemeente", Type = StakeholderType.Gemeente, Power = 0.9, Legitimacy = 0.9, Urgency = 0.8, Interest = 0.9 })
        .Add(new Stakeholder { Id = new StakeholderId("corporatie"), Name = "Corporatie", Type = StakeholderType.Woningcorporatie, Power = 0.7, Legitimacy = 0.8, Urgency = 0.2, Interest = 0.3 })
        .Add(new Stakeholder { Id = new StakeholderId("politie"), Name = "Politie", Type = StakeholderType.Politie, Power = 0.8, Legitimacy = 0.2, Urgency = 0.9, Interest = 0.8 })
        .Add(new Stakeholder { Id = new StakeholderId("school"), Name = "School", Type = StakeholderType.Onderwijs, DomainIds = [new DomainId("cultuur")], Legitimacy = 0.6 })
        .Add(new Stakeholder { Id = new StakeholderId("bewoners"), Name = "Bewonersraad", Type = StakeholderType.Bewonersorganisatie, Power = 0.1, Legitimacy = 0.7, Urgency = 0.9, Interest = 0.9 })
        .Member("gemeente", Start)
        .Member("corporatie", Start.PlusYears(1))
        .Member("bewoners", Start, Start.PlusYears(2).PlusMonths(6))
        .Member("politie", Start, Start.PlusYears(1))
        .Commit("gemeente", CommitmentKind.Money, 100_000m)
        .Commit("gemeente", CommitmentKind.Capacity, 2.5m)
        .Commit("corporatie", CommitmentKind.Money, 50_000m)
        .Add(new ExpectedBenefit { StakeholderId = new StakeholderId("gemeente"), Description = "Minder uitval", AnnualValue = 20_000m })
        .Add(new ExpectedBenefit { StakeholderId = new StakeholderId("bewoners"), Description = "Een stem", AnnualValue = null })
        .Add(new GovernanceBody
        {
            Id = new GovernanceBodyId("bestuur"),
            Name = "Alliantiebestuur",
            Level = GovernanceLevel.Bestuurlijk,
            MemberIds = [new StakeholderId("corporatie")],
            ChairId = new StakeholderId("gemeente"),
        })
        .Add(new GovernanceBody
        {
            Id = new GovernanceBodyId("wijktafel"),
            Name = "Wijktafel",
            Level = GovernanceLevel.Operationeel,
            MemberIds = [new StakeholderId("corporatie"), new StakeholderId("politie")],
            IncludesResidents = true,
        })
        .Alliantie(a => a with { Name = "Samen voor De Wijk" })
        .Build();
}
