using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class DomainCoverageTests
{
    private static DomainCoverage For(string domain) =>
        AllianceAnalysis.DomainCoverage(AllianceModels.Wijkalliantie()).Single(c => c.DomainId == new DomainId(domain));

    [Fact]
    public void A_domain_with_an_active_member_of_a_fitting_type_is_covered()
    {
        var wonen = For("wonen");

        Assert.Equal(DomainCoverageStatus.Covered, wonen.Status);
        Assert.Equal([new StakeholderId("corporatie")], wonen.TypeFitPartnerIds);
        Assert.Equal(["Wonen"], wonen.Themes);
    }

    [Fact]
    public void A_domain_whose_fitting_party_has_left_is_a_gap_and_names_the_party_as_candidate()
    {
        var veiligheid = For("veiligheid");

        Assert.Equal(DomainCoverageStatus.Gap, veiligheid.Status);
        Assert.Equal([StakeholderType.Politie, StakeholderType.JustitieOm], veiligheid.MissingTypes);
        Assert.Equal([new StakeholderId("politie")], veiligheid.CandidateIds);
    }

    [Fact]
    public void A_domain_is_recognised_by_a_keyword_in_its_name_not_only_its_id()
    {
        var model = AllianceModels.Wijkalliantie();
        var table = new DomainFitTable([new DomainFit("Inkomen", ["inkomen"], [StakeholderType.Gemeente], "(bron: test)")]);

        var werk = AllianceAnalysis.DomainCoverage(model, new AllianceAnalysisOptions { FitTable = table })
            .Single(c => c.DomainId == new DomainId("werk"));

        Assert.Equal(DomainCoverageStatus.Covered, werk.Status);
        Assert.Equal([new StakeholderId("gemeente")], werk.TypeFitPartnerIds);
    }

    [Fact]
    public void A_domain_without_known_fit_and_without_a_declaring_member_cannot_be_judged()
    {
        var cultuur = For("cultuur");

        Assert.Equal(DomainCoverageStatus.NoFitKnown, cultuur.Status);
        Assert.Equal([new StakeholderId("school")], cultuur.CandidateIds);
    }

    [Fact]
    public void A_member_that_declares_the_domain_itself_covers_it_without_a_fitting_type()
    {
        var model = AllianceModels.Wijkalliantie();
        var withSchool = model with
        {
            Alliantie = model.Alliantie! with
            {
                Members = model.Alliantie.Members.Add(new AllianceMember { StakeholderId = new StakeholderId("school"), Joined = AllianceModels.Start }),
            },
        };

        var cultuur = AllianceAnalysis.DomainCoverage(withSchool).Single(c => c.DomainId == new DomainId("cultuur"));

        Assert.Equal(DomainCoverageStatus.Covered, cultuur.Status);
        Assert.Equal([new StakeholderId("school")], cultuur.DeclaredPartnerIds);
    }

    [Fact]
    public void Membership_is_judged_on_the_as_of_date_when_one_is_given()
    {
        var options = new AllianceAnalysisOptions { AsOf = AllianceModels.Start.PlusMonths(6) };

        var veiligheid = AllianceAnalysis.DomainCoverage(AllianceModels.Wijkalliantie(), options)
            .Single(c => c.DomainId == new DomainId("veiligheid"));

        Assert.Equal(DomainCoverageStatus.Covered, veiligheid.Status);
    }

    [Fact]
    public void A_model_without_alliance_has_every_fitting_domain_as_a_gap()
    {
        var model = AllianceModels.Wijkalliantie() with { Alliantie = null };

        var statuses = AllianceAnalysis.DomainCoverage(model).Select(c => c.Status);

        Assert.Equal([DomainCoverageStatus.Gap, DomainCoverageStatus.Gap, DomainCoverageStatus.Gap, DomainCoverageStatus.NoFitKnown], statuses);
    }

    [Fact]
    public void Every_row_of_the_default_fit_table_names_its_source_and_at_least_one_type()
    {
        Assert.All(DomainFitTable.Default.Entries, row =>
        {
            Assert.StartsWith("(bron: ", row.Source, StringComparison.Ordinal);
            Assert.NotEmpty(row.FittingTypes);
            Assert.NotEmpty(row.Keywords);
        });
    }

    [Fact]
    public void A_threshold_outside_zero_to_one_is_refused_with_its_name()
    {
        var options = new AllianceAnalysisOptions { SalienceThreshold = 1.5 };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AllianceAnalysis.Analyse(AllianceModels.Wijkalliantie(), options));

        Assert.Equal("SalienceThreshold", error.ParamName);
    }
}
