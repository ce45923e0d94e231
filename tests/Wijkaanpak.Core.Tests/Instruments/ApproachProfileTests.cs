using Wijkaanpak.Core.Instruments;

namespace Wijkaanpak.Core.Tests.Instruments;

public sealed class ApproachProfileTests
{
    [Fact]
    public void The_source_has_eight_dimensions_each_with_poles_and_a_criterion()
    {
        Assert.Equal(Enum.GetValues<ApproachDimension>(), ApproachDimensions.All.Select(d => d.Dimension));
        Assert.All(ApproachDimensions.All, d =>
        {
            Assert.NotEqual(d.PoleA, d.PoleB);
            Assert.False(string.IsNullOrWhiteSpace(d.Criterion.Nl));
            Assert.Equal("bron: 002 §3.4", d.Source);
        });
    }

    [Fact]
    public void A_profile_orders_its_choices_by_dimension_and_reports_open_ones()
    {
        var profile = ApproachProfile.Create(
        [
            new(ApproachDimension.Scale, ApproachPole.Both, "Werkloosheid vraagt ook stedelijke maatregelen."),
            new(ApproachDimension.TargetUnit, ApproachPole.B, "Veel huishoudens met schulden; één op één."),
        ]);

        Assert.Equal([ApproachDimension.TargetUnit, ApproachDimension.Scale], profile.Choices.Select(c => c.Dimension));
        Assert.Equal(6, profile.Open.Count());
        Assert.False(profile.IsComplete);
        Assert.Equal(ApproachPole.Both, profile[ApproachDimension.Scale]!.Pole);
        Assert.Null(profile[ApproachDimension.Reach]);
    }

    [Fact]
    public void A_profile_with_every_dimension_is_complete()
    {
        var profile = ApproachProfile.Create(Enum.GetValues<ApproachDimension>().Select(d => new ApproachChoice(d, ApproachPole.A, "Lokale situatie.")));

        Assert.True(profile.IsComplete);
    }

    [Fact]
    public void Refuses_a_dimension_chosen_twice_and_a_choice_without_reason_listing_both()
    {
        var error = Assert.Throws<ArgumentException>(() => ApproachProfile.Create(
        [
            new(ApproachDimension.Scope, ApproachPole.A, "Alleen sociale opgaven."),
            new(ApproachDimension.Scope, ApproachPole.B, " "),
        ]));

        Assert.Contains("no rationale", error.Message, StringComparison.Ordinal);
        Assert.Contains("second time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_undefined_dimension()
    {
        Assert.Throws<ArgumentException>(() => ApproachProfile.Create([new((ApproachDimension)42, ApproachPole.A, "x")]));
    }
}
