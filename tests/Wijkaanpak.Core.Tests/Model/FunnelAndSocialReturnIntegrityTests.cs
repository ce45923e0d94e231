using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Model;

public class FunnelAndSocialReturnIntegrityTests
{
    private static SocialOutcome Outcome(string beneficiary = "gemeente") => new()
    {
        Name = "Schuldenvrij",
        Quantity = 40,
        FinancialProxy = 1_000m,
        Deadweight = 0.2,
        Duration = 3,
        DropOff = 0.1,
        BeneficiaryId = new StakeholderId(beneficiary),
    };

    private static SocialReturnCase Case(SocialOutcome? outcome = null, string investor = "corporatie", decimal amount = 50_000m, double discountRate = 0.0225) => new()
    {
        Id = new SocialReturnCaseId("sroi"),
        Name = "Schuldhulp",
        Investments = [new SocialInvestment { StakeholderId = new StakeholderId(investor), Amount = amount }],
        Outcomes = [outcome ?? Outcome()],
        DiscountRate = discountRate,
    };

    private static ModelBuilder Valid() => new ModelBuilder("Test")
        .Area("wijk", "Wijk", ScaleLevel.Wijk)
        .Stakeholder("gemeente", "Gemeente", StakeholderType.Gemeente)
        .Stakeholder("corporatie", "Corporatie", StakeholderType.Woningcorporatie)
        .Funnel("werk", "Werk", "wijk", ("Intake", 318), ("Gestart", 258), ("Aan het werk", 87));

    private static void AssertSingleProblem(ModelBuilder builder, string path, string fragment)
    {
        var problem = Assert.Single(ModelIntegrity.Check(builder.BuildUnchecked()));
        Assert.Equal(path, problem.Path);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_with_a_funnel_and_a_social_return_case_has_no_problems() =>
        Assert.Empty(ModelIntegrity.Check(Valid().Add(Case()).BuildUnchecked()));

    [Fact]
    public void The_builder_keeps_funnel_stages_in_order()
    {
        var funnel = Assert.Single(Valid().Build().Funnels);
        Assert.Equal(["Intake", "Gestart", "Aan het werk"], funnel.Stages.Select(s => s.Name));
    }

    [Fact]
    public void Funnels_and_cases_can_be_found_by_id()
    {
        var model = Valid().Add(Case()).Build();
        Assert.Equal("Werk", model.FindFunnel(new FunnelId("werk"))?.Name);
        Assert.Equal("Schuldhulp", model.FindSocialReturnCase(new SocialReturnCaseId("sroi"))?.Name);
    }

    [Fact]
    public void Duplicate_funnel_ids_are_reported() =>
        AssertSingleProblem(Valid().Funnel("werk", "Nog een", null, ("A", 1)), "$.funnels[1].id", "Duplicate funnel id 'werk'");

    [Fact]
    public void A_funnel_in_an_unknown_area_is_reported() =>
        AssertSingleProblem(Valid().Funnel("ander", "Ander", "nergens", ("A", 1)), "$.funnels[1].areaId", "No area has id 'nergens'");

    [Fact]
    public void A_negative_stage_count_is_reported() =>
        AssertSingleProblem(Valid().Funnel("ander", "Ander", null, ("A", -1)), "$.funnels[1].stages[0].count", "not negative");

    [Fact]
    public void A_stage_count_that_is_not_a_number_is_reported() =>
        AssertSingleProblem(Valid().Funnel("ander", "Ander", null, ("A", double.NaN)), "$.funnels[1].stages[0].count", "finite");

    [Fact]
    public void Duplicate_social_return_case_ids_are_reported() =>
        AssertSingleProblem(Valid().Add(Case()).Add(Case()), "$.socialReturnCases[1].id", "Duplicate social-return case id 'sroi'");

    [Fact]
    public void An_investment_by_an_unknown_stakeholder_is_reported() =>
        AssertSingleProblem(Valid().Add(Case(investor: "fonds")), "$.socialReturnCases[0].investments[0].stakeholderId", "No stakeholder has id 'fonds'");

    [Fact]
    public void An_unknown_beneficiary_is_reported() =>
        AssertSingleProblem(Valid().Add(Case(Outcome("bewoners"))), "$.socialReturnCases[0].outcomes[0].beneficiaryId", "No stakeholder has id 'bewoners'");

    [Fact]
    public void A_negative_investment_is_reported() =>
        AssertSingleProblem(Valid().Add(Case(amount: -1m)), "$.socialReturnCases[0].investments[0].amount", "negative");

    [Fact]
    public void A_deadweight_above_one_is_reported() =>
        AssertSingleProblem(Valid().Add(Case(Outcome() with { Deadweight = 1.5 })), "$.socialReturnCases[0].outcomes[0].deadweight", "outside the range 0 to 1");

    [Fact]
    public void A_negative_attribution_is_reported() =>
        AssertSingleProblem(Valid().Add(Case(Outcome() with { Attribution = -0.1 })), "$.socialReturnCases[0].outcomes[0].attribution", "outside the range 0 to 1");

    [Fact]
    public void A_drop_off_that_is_not_a_number_is_reported() =>
        AssertSingleProblem(Valid().Add(Case(Outcome() with { DropOff = double.NaN })), "$.socialReturnCases[0].outcomes[0].dropOff", "outside the range 0 to 1");

    [Fact]
    public void A_discount_rate_above_one_is_reported() =>
        AssertSingleProblem(Valid().Add(Case(discountRate: 3)), "$.socialReturnCases[0].discountRate", "outside the range 0 to 1");

    [Fact]
    public void A_duration_below_one_year_is_reported() =>
        AssertSingleProblem(Valid().Add(Case(Outcome() with { Duration = 0 })), "$.socialReturnCases[0].outcomes[0].duration", "less than 1");

    [Fact]
    public void An_infinite_quantity_is_reported() =>
        AssertSingleProblem(Valid().Add(Case(Outcome() with { Quantity = double.PositiveInfinity })), "$.socialReturnCases[0].outcomes[0].quantity", "finite");
}
