using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;

namespace Wijkaanpak.Core.Tests.Rollups;

public class FunnelAndSocialReturnTests
{
    private static FunnelResult Funnel(params (string, double)[] stages) =>
        FunnelCalculator.Compute(new ModelBuilder("F").Funnel("f", "F", null, stages).Build().Funnels[0]);

    [Fact]
    public void A_stage_that_counts_more_than_the_one_before_is_flagged() =>
        Assert.True(Funnel(("A", 10), ("B", 12)).HasIncrease);

    [Fact]
    public void After_a_stage_of_zero_there_is_no_conversion_rate() =>
        Assert.Null(Funnel(("A", 0), ("B", 0)).Stages[1].FromPrevious);

    [Fact]
    public void A_funnel_of_one_stage_has_no_overall_conversion() =>
        Assert.Null(Funnel(("A", 5)).Overall);

    [Fact]
    public void Drop_off_keeps_a_share_of_the_previous_year()
    {
        var outcome = new SocialOutcome { Name = "O", Quantity = 1, FinancialProxy = 100m, Duration = 3, DropOff = 0.5 };
        Assert.Equal(100 + 50 + 25, SocialReturnCalculator.PresentValue(outcome, 0), 1e-9);
    }

    [Fact]
    public void Year_one_is_discounted_once() =>
        Assert.Equal(100 / 1.1, SocialReturnCalculator.PresentValue(new SocialOutcome { Name = "O", Quantity = 1, FinancialProxy = 100m }, 0.1), 1e-9);

    [Fact]
    public void Without_investment_there_is_no_ratio()
    {
        var result = SocialReturnCalculator.Compute(new SocialReturnCase { Id = new SocialReturnCaseId("c"), Name = "C", Outcomes = [new SocialOutcome { Name = "O", Quantity = 1, FinancialProxy = 1m }] }, new RollupOptions());
        Assert.Null(result.RatioPerEuro);
        Assert.All(result.Sensitivity, r => Assert.Null(r.LowRatio));
    }

    [Fact]
    public void The_sensitivity_table_varies_every_parameter_once()
    {
        var result = SocialReturnCalculator.Compute(new SocialReturnCase { Id = new SocialReturnCaseId("c"), Name = "C" }, new RollupOptions());
        Assert.Equal(["quantity", "financialProxy", "deadweight", "displacement", "attribution", "dropOff", "duration", "discountRate"], result.Sensitivity.Select(r => r.Parameter));
    }

    [Fact]
    public void Outcomes_without_a_beneficiary_are_listed_as_unnamed()
    {
        var result = SocialReturnCalculator.Compute(new SocialReturnCase { Id = new SocialReturnCaseId("c"), Name = "C", Outcomes = [new SocialOutcome { Name = "O", Quantity = 1, FinancialProxy = 1m }] }, new RollupOptions());
        Assert.Null(Assert.Single(result.Stakeholders).StakeholderId);
    }
}
