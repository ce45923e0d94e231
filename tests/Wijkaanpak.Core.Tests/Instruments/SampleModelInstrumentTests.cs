using Wijkaanpak.Core.Instruments;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tests.Instruments;

public sealed class SampleModelInstrumentTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(AssessmentJsonTests.SamplePath("models"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static Core.Model.WijkaanpakModel Load(string name) => ModelJson.ReadFile(AssessmentJsonTests.SamplePath("models", name));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_signal_of_a_sample_points_to_the_catalogue_and_to_existing_elements(string sample)
    {
        var model = Load(sample);
        var ids = model.Programmes.Select(p => p.Id.Value)
            .Concat(model.Stakeholders.Select(s => s.Id.Value))
            .Concat(model.TheoryOfChange.Goals.Select(g => g.Id.Value))
            .Concat(model.TheoryOfChange.Interventions.Select(i => i.Id.Value))
            .Concat(model.Indicators.Select(i => i.Id.Value))
            .ToHashSet(StringComparer.Ordinal);

        var scan = BarrierScan.Of(model);

        Assert.All(scan.Signals, s =>
        {
            Assert.NotNull(BarrierCatalogue.Find(s.EntryId));
            Assert.All(s.ElementIds, id => Assert.Contains(id, ids));
        });
        Assert.All(scan.LeversPresent, l => Assert.Equal(CatalogueEntryKind.Lever, BarrierCatalogue.Find(l.LeverId)!.Kind));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_gets_suggestions_and_a_phase(string sample)
    {
        var model = Load(sample);

        Assert.NotEmpty(AssessmentSuggestions.From(model));
        Assert.True(Enum.IsDefined(PhaseProgress.Of(model).Current));
    }

    [Fact]
    public void Leeuwarden_doen_is_a_short_programme_without_a_quick_win()
    {
        var signals = BarrierScan.Of(Load("leeuwarden-doen.json")).Signals;

        Assert.Contains(signals, s => s.Code == "short-programme-without-quick-win" && s.ElementIds.SequenceEqual(["doen"]));
    }

    [Fact]
    public void Nprz_fixed_its_plan_before_residents_joined_the_alliance()
    {
        Assert.Contains(BarrierScan.Of(Load("nprz-rotterdam-zuid.json")).Signals, s => s.Code == "residents-not-involved-before-plan");
    }

    [Fact]
    public void The_nplv_sample_has_no_local_contract_and_so_is_still_starting_up()
    {
        var report = PhaseProgress.Of(Load("nplv-armoede-en-schulden.json"));

        Assert.Equal(ApproachPhase.Opstarten, report.Current);
        Assert.Contains(report.Next.Blockers, b => b.Code == "no-contract");
    }
}
