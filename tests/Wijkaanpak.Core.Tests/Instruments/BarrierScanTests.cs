using NodaTime;
using Wijkaanpak.Core.Instruments;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Instruments;

public sealed class BarrierScanTests
{
    private static IEnumerable<string> Codes(WijkaanpakModel model) => BarrierScan.Of(model).Signals.Select(s => s.Code);

    [Fact]
    public void A_model_with_the_levers_in_place_gives_no_signal()
    {
        Assert.Empty(BarrierScan.Of(InstrumentModels.Complete()).Signals);
    }

    [Fact]
    public void A_model_with_the_levers_in_place_shows_them()
    {
        var levers = BarrierScan.Of(InstrumentModels.Complete()).LeversPresent.Select(l => l.LeverId);

        Assert.Equal(["L-GB-1a", "L-GB-2a", "L-GB-2b-O1", "L-GB-2c", "L-GP-1a", "L-GP-1b", "L-GP-2a", "L-GP-3a", "L-GP-4a", "L-GP-4b", "L-PB-1a"], levers);
    }

    [Fact]
    public void No_communication_budget_signals_distrust_risk_and_names_the_missing_lever()
    {
        var model = InstrumentModels.Base().Add(InstrumentModels.Programme("p1", BudgetPurpose.Interventions)).Build();

        var signal = Assert.Single(BarrierScan.Of(model).Signals);
        Assert.Equal(("no-communication-budget", "B-GB-2"), (signal.Code, signal.EntryId));
        Assert.Contains("L-GB-2c", signal.MissingLeverIds);
        Assert.DoesNotContain("L-GB-2a", signal.MissingLeverIds);
    }

    [Fact]
    public void A_partner_in_the_alliance_without_commitment_is_signalled()
    {
        var model = InstrumentModels.Base()
            .Stakeholder("school", "Basisschool", StakeholderType.Onderwijs)
            .Member("school", new LocalDate(2024, 2, 1))
            .Add(InstrumentModels.Programme("p1", BudgetPurpose.Communication)).Build();

        var signal = Assert.Single(BarrierScan.Of(model).Signals);
        Assert.Equal(("partner-without-commitment", "B-GP-2", "school"), (signal.Code, signal.EntryId, signal.ElementIds.Single()));
    }

    [Fact]
    public void A_partner_committed_only_to_a_goal_without_output_is_signalled()
    {
        var model = InstrumentModels.Base()
            .Stakeholder("zorg", "Huisartsen", StakeholderType.Zorg)
            .Member("zorg", new LocalDate(2024, 2, 1))
            .Commit("zorg", CommitmentKind.Knowledge, null, "minder-armoede")
            .Add(InstrumentModels.Programme("p1", BudgetPurpose.Communication)).Build();

        Assert.Equal(["partner-without-output-agreement"], Codes(model));
    }

    [Fact]
    public void A_short_programme_without_quick_win_is_signalled()
    {
        var model = InstrumentModels.Base()
            .Add(InstrumentModels.Programme("p2", BudgetPurpose.Communication) with { Name = "Vervolg" })
            .Add(InstrumentModels.Programme("p1", BudgetPurpose.Communication)).Build();

        var signal = Assert.Single(BarrierScan.Of(model).Signals);
        Assert.Equal(("short-programme-without-quick-win", "p2"), (signal.Code, signal.ElementIds.Single()));
        Assert.Contains("16", signal.Finding.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_programme_needs_no_quick_win()
    {
        var longPeriod = new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2027, 12, 31));
        var model = InstrumentModels.Base()
            .Add(InstrumentModels.Programme("p2", BudgetPurpose.Communication) with { Name = "Vervolg", Period = longPeriod })
            .Add(InstrumentModels.Programme("p1", BudgetPurpose.Communication)).Build();

        Assert.Empty(Codes(model));
    }

    [Fact]
    public void Residents_who_joined_after_the_contract_was_signed_are_signalled()
    {
        var model = InstrumentModels.Base(residentsJoined: InstrumentModels.Signed.PlusDays(1))
            .Add(InstrumentModels.Programme("p1", BudgetPurpose.Communication)).Build();

        var scan = BarrierScan.Of(model);
        Assert.Equal(["residents-not-involved-before-plan"], scan.Signals.Select(s => s.Code));
        Assert.DoesNotContain(scan.LeversPresent, l => l.LeverId == "L-GB-2b-O1");
    }

    [Fact]
    public void Goals_without_indicators_and_interventions_without_owner_are_signalled()
    {
        var model = InstrumentModels.Base()
            .Goal("veilig", "Veiliger wijk", GoalLevel.Goal, "missie")
            .Intervention("buurtvaders", "Buurtvaders", InterventionKind.Bewonersinitiatief, contributesTo: "veilig")
            .Add(InstrumentModels.Programme("p1", BudgetPurpose.Communication)).Build();

        Assert.Equal(["goal-without-indicator", "intervention-without-owner"], Codes(model));
    }

    [Fact]
    public void Only_output_indicators_signal_that_effects_stay_invisible()
    {
        var model = new ModelBuilder("Alleen tellen")
            .Indicator("bereik", "Bereik", ResultLevel.Output, Polarity.HigherIsBetter, AggregationKind.Count)
            .Build();

        Assert.Equal(["only-output-indicators"], Codes(model));
    }

    [Fact]
    public void An_empty_model_gives_no_signal_and_no_lever()
    {
        var scan = BarrierScan.Of(new WijkaanpakModel { Name = "Leeg" });

        Assert.Empty(scan.Signals);
        Assert.Empty(scan.LeversPresent);
    }

    [Fact]
    public void Every_signal_points_to_a_barrier_or_risk_of_the_catalogue()
    {
        var model = InstrumentModels.Base()
            .Goal("veilig", "Veiliger wijk", GoalLevel.Goal, "missie")
            .Intervention("buurtvaders", "Buurtvaders", InterventionKind.Bewonersinitiatief, contributesTo: "veilig")
            .Add(InstrumentModels.Programme("p1", BudgetPurpose.Interventions)).Build();

        Assert.All(BarrierScan.Of(model).Signals, s => Assert.Contains(BarrierCatalogue.Find(s.EntryId)!.Kind, new[] { CatalogueEntryKind.Barrier, CatalogueEntryKind.Risk }));
    }
}
