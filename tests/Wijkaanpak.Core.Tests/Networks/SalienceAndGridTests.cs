using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Networks;

namespace Wijkaanpak.Core.Tests.Networks;

public class SalienceAndGridTests
{
    private static StakeholderSalience SalienceOf(string id, double threshold = 0.5) =>
        AllianceAnalysis.Salience(AllianceModels.Wijkalliantie(), threshold).Single(s => s.StakeholderId == new StakeholderId(id));

    [Fact]
    public void A_party_with_power_legitimacy_and_urgency_is_definitive()
    {
        Assert.Equal(SalienceClass.Definitive, SalienceOf("gemeente").Class);
    }

    [Fact]
    public void Power_and_urgency_without_legitimacy_make_a_dangerous_stakeholder()
    {
        Assert.Equal(SalienceClass.Dangerous, SalienceOf("politie").Class);
    }

    [Fact]
    public void Legitimacy_and_urgency_without_power_make_a_dependent_stakeholder()
    {
        Assert.Equal(SalienceClass.Dependent, SalienceOf("bewoners").Class);
    }

    [Fact]
    public void A_missing_score_counts_as_absent_and_marks_the_salience_as_not_fully_scored()
    {
        var school = SalienceOf("school");

        Assert.Equal(SalienceClass.Discretionary, school.Class);
        Assert.False(school.IsFullyScored);
    }

    [Fact]
    public void Raising_the_threshold_drops_attributes_below_it()
    {
        Assert.Equal(SalienceClass.Dominant, SalienceOf("corporatie").Class);
        Assert.Equal(SalienceClass.Discretionary, SalienceOf("corporatie", threshold: 0.75).Class);
    }

    [Fact]
    public void The_eight_classes_are_exactly_the_eight_combinations_of_the_three_attributes()
    {
        var classes = from p in new[] { false, true }
                      from l in new[] { false, true }
                      from u in new[] { false, true }
                      select SalienceClassifier.ClassOf(p, l, u);

        Assert.Equal(Enum.GetValues<SalienceClass>().Order(), classes.Order());
    }

    [Fact]
    public void Salience_never_falls_when_scores_rise()
    {
        Prop.ForAll(
            Gen.Choose(0, 100).Three().ToArbitrary(),
            Gen.Choose(0, 100).ToArbitrary(),
            (scores, raise) =>
            {
                var before = Attributes(scores.Item1, scores.Item2, scores.Item3);
                var after = Attributes(Math.Min(100, scores.Item1 + raise), Math.Min(100, scores.Item2 + raise), Math.Min(100, scores.Item3 + raise));
                return before.IsSubsetOf(after);
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void High_power_and_high_interest_make_a_key_player()
    {
        Assert.Equal(PowerInterestQuadrant.ManageClosely, QuadrantOf("gemeente"));
    }

    [Fact]
    public void High_power_and_low_interest_must_be_kept_satisfied()
    {
        Assert.Equal(PowerInterestQuadrant.KeepSatisfied, QuadrantOf("corporatie"));
    }

    [Fact]
    public void Low_power_and_high_interest_must_be_kept_informed()
    {
        Assert.Equal(PowerInterestQuadrant.KeepInformed, QuadrantOf("bewoners"));
    }

    [Fact]
    public void A_party_without_power_or_interest_score_is_not_placed_in_the_grid()
    {
        Assert.Null(QuadrantOf("school"));
    }

    private static PowerInterestQuadrant? QuadrantOf(string id) =>
        AllianceAnalysis.PowerInterest(AllianceModels.Wijkalliantie()).Single(p => p.StakeholderId == new StakeholderId(id)).Quadrant;

    private static HashSet<string> Attributes(int power, int legitimacy, int urgency)
    {
        var model = new ModelBuilder("M")
            .Add(new Stakeholder { Id = new StakeholderId("s"), Name = "S", Type = StakeholderType.Overig, Power = power / 100.0, Legitimacy = legitimacy / 100.0, Urgency = urgency / 100.0 })
            .Build();
        var salience = AllianceAnalysis.Salience(model).Single();
        var held = new HashSet<string>();
        if (salience.HasPower)
        {
            held.Add("power");
        }

        if (salience.HasLegitimacy)
        {
            held.Add("legitimacy");
        }

        if (salience.HasUrgency)
        {
            held.Add("urgency");
        }

        return held;
    }
}
