using NodaTime;
using Wijkaanpak.Core.Instruments;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Instruments;

public sealed class PhaseProgressTests
{
    private static IEnumerable<string> NextCodes(PhaseReport report) => report.Next.Blockers.Select(b => b.Code);

    private static ModelBuilder Executing() => InstrumentModels.Base()
        .Add(new Opgave { Id = new OpgaveId("schulden"), Name = "Schulden", Family = OpgaveFamily.MaatschappelijkProbleem, Urgency = new Urgency { Type = UrgencyType.Sluimerend, RecognisedBy = [new StakeholderId("gemeente"), new StakeholderId("bewoners")] } })
        .Add(InstrumentModels.Programme("p1", BudgetPurpose.Communication));

    [Fact]
    public void An_empty_model_is_orienting_and_needs_an_opgave_and_stakeholders()
    {
        var report = PhaseProgress.Of(new WijkaanpakModel { Name = "Leeg" });

        Assert.Equal(ApproachPhase.Orienteren, report.Current);
        Assert.Equal(["no-opgave", "no-stakeholders"], NextCodes(report));
    }

    [Fact]
    public void Urgency_must_be_recognised_before_go()
    {
        var report = PhaseProgress.Of(InstrumentModels.Complete());

        Assert.Equal(ApproachPhase.Orienteren, report.Current);
        Assert.Equal(["urgency-not-recognised"], NextCodes(report));
    }

    [Fact]
    public void A_designed_model_without_measurements_since_the_start_is_executing()
    {
        var report = PhaseProgress.Of(Executing().Build());

        Assert.Equal(ApproachPhase.Uitvoeren, report.Current);
        Assert.Equal(["no-measurements"], NextCodes(report));
    }

    [Fact]
    public void Measurements_since_the_programme_start_bring_the_approach_to_recalibration()
    {
        var model = Executing().Measurement("armoede-pct", "stad", new LocalDate(2025, 1, 1), 12.5).Build();

        var report = PhaseProgress.Of(model);
        Assert.Equal(ApproachPhase.Herijken, report.Current);
        Assert.Equal(ApproachPhase.Ontwerpen, report.Next.To);
    }

    [Fact]
    public void Validation_errors_block_the_gate_into_execution()
    {
        var report = PhaseProgress.Of(Executing().Build(), new PhaseInput { ValidationErrorCodes = ["WA0002", "WA0001", "WA0002"] });

        Assert.Equal(ApproachPhase.Ontwerpen, report.Current);
        var blocker = Assert.Single(report.Next.Blockers);
        Assert.Equal("validation-errors", blocker.Code);
        Assert.Contains("WA0001, WA0002", blocker.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_no_in_the_handbook_checklist_blocks_leaving_its_phase()
    {
        var assessment = new Assessment("handboek", "Wijk aan zet", new LocalDate(2025, 1, 1)) { Answers = [new Answer("handboek.contract.3", AnswerValue.No)] };

        var report = PhaseProgress.Of(Executing().Build(), new PhaseInput { HandbookAssessment = assessment });

        Assert.Equal(ApproachPhase.Opstarten, report.Current);
        var blocker = Assert.Single(report.Next.Blockers);
        Assert.Equal("checklist-no", blocker.Code);
        Assert.Contains("handboek.contract.3", blocker.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wmo_assessment_is_refused_as_handbook_input()
    {
        var assessment = new Assessment("wmo", "Wijk aan zet", new LocalDate(2025, 1, 1));

        Assert.Throws<AssessmentException>(() => PhaseProgress.Of(Executing().Build(), new PhaseInput { HandbookAssessment = assessment }));
    }

    [Fact]
    public void A_programme_following_another_starts_the_next_cycle()
    {
        var next = InstrumentModels.Programme("p2") with { Period = new DateInterval(new LocalDate(2025, 8, 1), new LocalDate(2028, 7, 31)), PredecessorId = new ProgrammeId("p1") };

        var report = PhaseProgress.Of(Executing().Add(next).Build());

        Assert.Equal(2, report.Cycle);
        Assert.Equal(ApproachPhase.Ontwerpen, report.Current);
        Assert.Equal(["no-programme"], NextCodes(report));
    }

    [Fact]
    public void Gates_are_listed_in_cycle_order_with_the_way_back()
    {
        var gates = PhaseProgress.Of(new WijkaanpakModel { Name = "Leeg" }).Gates.Select(g => (g.From, g.To));

        Assert.Equal(
            [(ApproachPhase.Orienteren, ApproachPhase.Opstarten), (ApproachPhase.Opstarten, ApproachPhase.Ontwerpen), (ApproachPhase.Ontwerpen, ApproachPhase.Uitvoeren), (ApproachPhase.Uitvoeren, ApproachPhase.Herijken), (ApproachPhase.Herijken, ApproachPhase.Ontwerpen)],
            gates);
    }
}
