using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Model;

public class ModelIntegrityTests
{
    private static readonly LocalDate Jan2024 = new(2024, 1, 1);

    private static ModelBuilder Valid() => new ModelBuilder("Test")
        .Taxonomy("t", "Pijlers", ("werk", "Werk"))
        .Area("stad", "Stad", ScaleLevel.Gemeente, cbsCode: "GM0344")
        .Area("wijk", "Wijk", ScaleLevel.Wijk, parent: "stad", cbsCode: "WK034409", population: 1000)
        .Stakeholder("gemeente", "Gemeente", StakeholderType.Gemeente)
        .Stakeholder("corporatie", "Corporatie", StakeholderType.Woningcorporatie)
        .Goal("missie", "Missie", GoalLevel.Mission)
        .Goal("werk", "Werk", GoalLevel.Goal, "missie")
        .Intervention("coach", "Coach", InterventionKind.Intensivering, owner: "gemeente", contributesTo: ["werk"])
        .Indicator("banen", "Banen", ResultLevel.Outcome, Polarity.HigherIsBetter, AggregationKind.Count)
        .Measurement("banen", "wijk", Jan2024, 10)
        .Member("gemeente", Jan2024)
        .Commit("gemeente", CommitmentKind.Money, 100m, "coach");

    private static IReadOnlyList<ModelProblem> Problems(WijkaanpakModel model) => ModelIntegrity.Check(model);

    private static void AssertSingleProblem(WijkaanpakModel model, string path, string fragment)
    {
        var problem = Assert.Single(Problems(model));
        Assert.Equal(path, problem.Path);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consistent_model_has_no_problems() => Assert.Empty(Problems(Valid().BuildUnchecked()));

    [Fact]
    public void Duplicate_area_ids_are_reported_at_the_second_occurrence() =>
        AssertSingleProblem(Valid().Area("wijk", "Ander", ScaleLevel.Buurt).BuildUnchecked(), "$.areas[2].id", "Duplicate area id 'wijk'");

    [Fact]
    public void Node_ids_are_unique_across_goals_and_interventions() =>
        AssertSingleProblem(Valid().Add(new Precondition { Id = new NodeId("coach"), Name = "Rust" }).BuildUnchecked(), "$.theoryOfChange.preconditions[0].id", "already used by a Intervention");

    [Fact]
    public void A_node_with_an_empty_id_is_reported_and_edges_to_it_dangle()
    {
        var problems = Problems(Valid().Add(new Assumption { Id = new NodeId(string.Empty), Statement = "Bewoners doen mee" }).ContributesTo("coach", "").BuildUnchecked());

        Assert.Equal(["$.theoryOfChange.assumptions[0].id", "$.theoryOfChange.edges[2].to"], problems.Select(p => p.Path));
        Assert.Contains("empty", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_domain_ids_across_taxonomies_are_reported() =>
        AssertSingleProblem(Valid().Taxonomy("t2", "Andere", ("werk", "Werk")).BuildUnchecked(), "$.taxonomies[1].domains[0].id", "Duplicate domain id 'werk'");

    [Fact]
    public void An_empty_id_is_reported() =>
        AssertSingleProblem(Valid().Stakeholder("", "Naamloos", StakeholderType.Overig).BuildUnchecked(), "$.stakeholders[2].id", "empty");

    [Fact]
    public void A_dangling_parent_area_is_reported() =>
        AssertSingleProblem(Valid().Area("buurt", "Buurt", ScaleLevel.Buurt, parent: "nergens").BuildUnchecked(), "$.areas[2].parentId", "No area has id 'nergens'");

    [Fact]
    public void A_contribution_to_an_unknown_goal_is_reported() =>
        AssertSingleProblem(Valid().ContributesTo("coach", "onbekend").BuildUnchecked(), "$.theoryOfChange.edges[2].to", "'onbekend'");

    [Fact]
    public void A_contribution_must_point_to_a_goal() =>
        AssertSingleProblem(Valid().Intervention("extra", "Extra", InterventionKind.Regulier, contributesTo: ["coach"]).BuildUnchecked(), "$.theoryOfChange.edges[2].to", "must point to a goal");

    [Fact]
    public void A_precondition_edge_must_point_to_a_precondition() =>
        AssertSingleProblem(Valid().Add(new ChangeEdge { From = new NodeId("coach"), To = new NodeId("werk"), Kind = ChangeEdgeKind.RequiresPrecondition }).BuildUnchecked(), "$.theoryOfChange.edges[2].to", "must point to a Precondition");

    [Fact]
    public void A_measurement_of_an_unknown_indicator_is_reported() =>
        AssertSingleProblem(Valid().Measurement("onbekend", "wijk", Jan2024, 1).BuildUnchecked(), "$.measurements[1].indicatorId", "No indicator has id 'onbekend'");

    [Fact]
    public void A_commitment_by_an_unknown_stakeholder_is_reported() =>
        AssertSingleProblem(Valid().Commit("niemand", CommitmentKind.Knowledge, null).BuildUnchecked(), "$.alliantie.commitments[1].stakeholderId", "'niemand'");

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_non_finite_measurement_value_is_reported(double value) =>
        AssertSingleProblem(Valid().Measurement("banen", "wijk", Jan2024.PlusYears(1), value).BuildUnchecked(), "$.measurements[1].value", "not a finite number");

    [Fact]
    public void A_zero_denominator_is_reported() =>
        AssertSingleProblem(Valid().Measurement("banen", "wijk", Jan2024.PlusYears(1), 1, numerator: 1, denominator: 0).BuildUnchecked(), "$.measurements[1].denominator", "undefined");

    [Fact]
    public void A_cbs_code_of_another_level_than_the_area_is_reported() =>
        AssertSingleProblem(Valid().Area("b", "B", ScaleLevel.Wijk, cbsCode: "BU03440900").BuildUnchecked(), "$.areas[2].cbsCode", "denotes a Buurt");

    [Fact]
    public void A_cycle_in_the_area_hierarchy_is_reported_once_with_its_path()
    {
        var model = new ModelBuilder("Cyclus")
            .Area("a", "A", ScaleLevel.Wijk, parent: "b")
            .Area("b", "B", ScaleLevel.Wijk, parent: "a")
            .BuildUnchecked();

        var problem = Assert.Single(Problems(model));
        Assert.Contains("a → b → a", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_area_that_is_its_own_parent_is_reported() =>
        AssertSingleProblem(Valid().Area("zelf", "Zelf", ScaleLevel.Buurt, parent: "zelf").BuildUnchecked(), "$.areas[2].parentId", "its own parent");

    [Fact]
    public void Salience_scores_must_lie_between_zero_and_one() =>
        AssertSingleProblem(Valid().Add(new Stakeholder { Id = new StakeholderId("x"), Name = "X", Type = StakeholderType.Overig, Power = 1.5 }).BuildUnchecked(), "$.stakeholders[2].power", "outside the range 0 to 1");

    [Fact]
    public void A_relation_weight_must_be_positive() =>
        AssertSingleProblem(Valid().Relation("gemeente", "corporatie", RelationKind.Collaboration, weight: 0).BuildUnchecked(), "$.relations[0].weight", "greater than 0");

    [Fact]
    public void A_member_cannot_leave_before_joining() =>
        AssertSingleProblem(Valid().Member("corporatie", Jan2024, left: Jan2024.PlusDays(-1)).BuildUnchecked(), "$.alliantie.members[1].left", "before joined");

    [Fact]
    public void A_mean_indicator_needs_a_weight_basis() =>
        AssertSingleProblem(Valid().Indicator("score", "Score", ResultLevel.Outcome, Polarity.HigherIsBetter, AggregationKind.WeightedMean).BuildUnchecked(), "$.indicators[1].weightBasis", "needs a weight basis");

    [Fact]
    public void A_target_needs_a_value_or_a_frame()
    {
        var indicator = new Indicator
        {
            Id = new IndicatorId("t"),
            Name = "T",
            Level = ResultLevel.Outcome,
            Polarity = Polarity.LowerIsBetter,
            Aggregation = AggregationKind.Count,
            Targets = [new Target { Date = Jan2024.PlusYears(5) }],
        };

        AssertSingleProblem(Valid().Add(indicator).BuildUnchecked(), "$.indicators[1].targets[0]", "needs a value or a reference frame");
    }

    [Fact]
    public void A_zero_frequency_is_reported()
    {
        var indicator = new Indicator { Id = new IndicatorId("f"), Name = "F", Level = ResultLevel.Output, Polarity = Polarity.Neutral, Aggregation = AggregationKind.Count, Frequency = Period.Zero };

        AssertSingleProblem(Valid().Add(indicator).BuildUnchecked(), "$.indicators[1].frequency", "longer than zero");
    }

    [Fact]
    public void A_negative_budget_is_reported() =>
        AssertSingleProblem(Valid().Intervention("min", "Min", InterventionKind.Regulier, budget: -1m, contributesTo: ["werk"]).BuildUnchecked(), "$.theoryOfChange.interventions[1].budget", "negative");

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var model = Valid()
            .Area("wijk", "Dubbel", ScaleLevel.Wijk)
            .ContributesTo("coach", "weg")
            .Measurement("banen", "nergens", Jan2024, double.NaN)
            .BuildUnchecked();

        Assert.Equal(4, Problems(model).Count);
    }
}
