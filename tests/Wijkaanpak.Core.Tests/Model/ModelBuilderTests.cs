using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Model;

public class ModelBuilderTests
{
    [Fact]
    public void A_small_model_is_built_in_a_few_lines_and_can_be_looked_up_by_id()
    {
        var model = new ModelBuilder("Samen voor Overvecht")
            .Area("utrecht", "Utrecht", ScaleLevel.Gemeente, cbsCode: "GM0344")
            .Area("overvecht", "Overvecht", ScaleLevel.Wijk, parent: "utrecht", population: 33_000)
            .Stakeholder("gemeente", "Gemeente Utrecht", StakeholderType.Gemeente)
            .Goal("missie", "Kansen voor iedereen", GoalLevel.Mission)
            .Goal("werk", "Meer bewoners aan het werk", GoalLevel.Goal, "missie")
            .Intervention("jobcoach", "Jobcoaching", InterventionKind.Intensivering, owner: "gemeente", contributesTo: ["werk"])
            .Build();

        Assert.Equal("Overvecht", model.GetArea(new AreaId("overvecht")).Name);
        Assert.Equal(GoalLevel.Goal, model.GetGoal(new NodeId("werk")).Level);
        Assert.Equal(NodeKind.Intervention, model.FindNodeKind(new NodeId("jobcoach")));
        Assert.Equal(2, model.TheoryOfChange.Edges.Count);
        Assert.Single(model.ChildrenOf(new AreaId("utrecht")));
    }

    [Fact]
    public void Build_refuses_a_model_with_problems_and_lists_them_all()
    {
        var builder = new ModelBuilder("Kapot")
            .Goal("a", "A", GoalLevel.Goal, "onbekend")
            .Goal("a", "Nog een A", GoalLevel.Goal);

        var error = Assert.Throws<WijkaanpakModelException>(builder.Build);

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains("'Kapot' has 2 problem(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasuredBy_links_indicators_to_an_existing_goal()
    {
        var model = new ModelBuilder("M")
            .Goal("g", "G", GoalLevel.Goal)
            .Indicator("i", "I", ResultLevel.Outcome, Polarity.HigherIsBetter, AggregationKind.Count)
            .MeasuredBy("g", "i")
            .Build();

        Assert.Equal([new IndicatorId("i")], model.GetGoal(new NodeId("g")).IndicatorIds);
    }

    [Fact]
    public void MeasuredBy_an_unknown_node_names_it()
    {
        var error = Assert.Throws<ArgumentException>(() => new ModelBuilder("M").MeasuredBy("nergens", "i"));
        Assert.Contains("'nergens'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Alliance_parts_added_through_the_builder_are_kept_when_the_alliance_is_configured()
    {
        var model = new ModelBuilder("M")
            .Stakeholder("s", "S", StakeholderType.Welzijn)
            .Member("s", new LocalDate(2020, 1, 1))
            .Alliantie(a => a with { Name = "Alliantie M", ResidentInvolvement = ResidentInvolvementVariant.C })
            .Build();

        Assert.Equal("Alliantie M", model.Alliantie?.Name);
        Assert.Single(model.Alliantie!.Members);
    }

    [Fact]
    public void A_model_without_alliance_parts_has_no_alliance() =>
        Assert.Null(new ModelBuilder("M").Build().Alliantie);

    [Fact]
    public void Lookups_of_unknown_ids_return_null_or_throw_naming_the_id()
    {
        var model = new ModelBuilder("M").Build();

        Assert.Null(model.FindIndicator(new IndicatorId("x")));
        var error = Assert.Throws<ArgumentException>(() => model.GetStakeholder(new StakeholderId("x")));
        Assert.Contains("no stakeholder with id 'x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_copy_gets_its_own_lookups()
    {
        var model = new ModelBuilder("M").Area("a", "A", ScaleLevel.Wijk).Build();
        _ = model.FindArea(new AreaId("a"));

        var renamed = model with { Areas = [model.Areas[0] with { Name = "Nieuw" }] };

        Assert.Equal("Nieuw", renamed.GetArea(new AreaId("a")).Name);
        Assert.Equal("A", model.GetArea(new AreaId("a")).Name);
    }

    [Fact]
    public void Membership_is_half_open_joined_inclusive_left_exclusive()
    {
        var member = new AllianceMember { StakeholderId = new StakeholderId("s"), Joined = new LocalDate(2020, 1, 1), Left = new LocalDate(2022, 1, 1) };

        Assert.False(member.IsMemberOn(new LocalDate(2019, 12, 31)));
        Assert.True(member.IsMemberOn(new LocalDate(2020, 1, 1)));
        Assert.True(member.IsMemberOn(new LocalDate(2021, 12, 31)));
        Assert.False(member.IsMemberOn(new LocalDate(2022, 1, 1)));
    }
}
