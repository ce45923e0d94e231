using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;

namespace Wijkaanpak.Core.Tests.Rollups;

/// <summary>Every number in the worked example of docs/rollups.md.</summary>
public class WorkedExampleTests
{
    private const double Tolerance = 1e-9;
    private static readonly ImpactRollupResult Result = ImpactRollup.Compute(RollupExample.Model());

    private static AreaAggregate Area(string indicator, string area, NodaTime.LocalDate date) =>
        Result.Areas.Single(a => a.IndicatorId.Value == indicator && a.AreaId.Value == area && a.Date == date);

    private static IndicatorStatus Status(string indicator, string area) =>
        Result.Indicators.Single(s => s.IndicatorId.Value == indicator && s.AreaId.Value == area);

    private static GoalStatus Goal(string id) => Result.Goals.Single(g => g.GoalId.Value == id);

    [Fact]
    public void The_reference_date_is_the_latest_measurement() => Assert.Equal(RollupExample.Y2024, Result.At);

    [Fact]
    public void A_count_rolls_up_as_the_sum_of_the_buurten() => Assert.Equal(300, Area("bereikt", "oost", RollupExample.Y2024).Value);

    [Fact]
    public void A_ratio_rolls_up_as_sum_of_numerators_over_sum_of_denominators() =>
        Assert.Equal(100.0 * 382 / 3000, Area("werkloosheid", "oost", RollupExample.Y2024).Value!.Value, Tolerance);

    [Fact]
    public void A_mean_rolls_up_weighted_by_households() =>
        Assert.Equal(((7.0 * 500) + (6.0 * 1200)) / 1700, Area("tevredenheid", "oost", RollupExample.Y2024).Value!.Value, Tolerance);

    [Fact]
    public void The_dispersion_names_the_worst_buurt_for_the_polarity()
    {
        var dispersion = Area("werkloosheid", "oost", RollupExample.Y2024).Dispersion!;
        Assert.Equal((8.2, 15.0, "zuid", 0.5), (dispersion.Min, dispersion.Max, dispersion.WorstChild?.Value, dispersion.ShareWorseThanThreshold));
    }

    [Fact]
    public void Progress_is_signed_for_a_lower_is_better_indicator() =>
        Assert.Equal(-((100.0 * 382 / 3000) - 12.7) / (12.7 - 10), Status("werkloosheid", "oost").Progress!.Value, Tolerance);

    [Fact]
    public void The_expected_progress_comes_from_the_milestone_due() =>
        Assert.Equal((12.7 - 12) / (12.7 - 10), Status("werkloosheid", "oost").ExpectedProgress!.Value, Tolerance);

    [Fact]
    public void Unemployment_in_oost_is_off_track_and_misses_its_milestone()
    {
        var status = Status("werkloosheid", "oost");
        Assert.Equal((StatusBand.OffTrack, false), (status.Band, status.Milestone!.Met));
    }

    [Fact]
    public void Households_reached_are_on_track_against_linear_expectation()
    {
        var status = Status("bereikt", "oost");
        Assert.Equal(0.75, status.Progress!.Value, Tolerance);
        Assert.Equal(730.0 / 1096, status.ExpectedProgress!.Value, Tolerance);
        Assert.Equal(StatusBand.OnTrack, status.Band);
    }

    [Fact]
    public void The_gap_to_the_g4_average_is_latest_minus_reference() =>
        Assert.Equal((100.0 * 382 / 3000) - 9.5, Status("werkloosheid", "oost").ReferenceGaps.Single(g => g.Frame == ReferenceFrameKind.G4Average).Gap!.Value, Tolerance);

    [Fact]
    public void The_gap_to_the_declared_city_average_is_worse_by_half_a_point() =>
        Assert.Equal((((7.0 * 500) + (6.0 * 1200)) / 1700) - 6.8, Status("tevredenheid", "oost").ReferenceGaps.Single(g => g.Frame == ReferenceFrameKind.CityAverage).BetterBy!.Value, Tolerance);

    [Fact]
    public void Goals_are_scored_in_the_area_of_their_opgave_and_say_why()
    {
        Assert.Equal(("oost", ScoredAtReason.OpgaveAreas), (string.Join(' ', Goal("werk").ScoredAt.Select(a => a.Value)), Goal("werk").ScoredAtReason));
        Assert.Equal(("oost", ScoredAtReason.NoProgress), (string.Join(' ', Goal("leefbaar").ScoredAt.Select(a => a.Value)), Goal("leefbaar").ScoredAtReason));
        Assert.Equal(("oost", ScoredAtReason.ContributingGoals), (string.Join(' ', Goal("missie").ScoredAt.Select(a => a.Value)), Goal("missie").ScoredAtReason));
    }

    [Fact]
    public void Without_its_opgave_the_werk_goal_is_scored_where_its_target_is()
    {
        var model = RollupExample.Model();
        var werk = model.TheoryOfChange.Goals.Single(g => g.Id.Value == "werk");
        var without = model with { TheoryOfChange = model.TheoryOfChange with { Goals = [.. model.TheoryOfChange.Goals.Select(g => g == werk ? g with { OpgaveIds = [] } : g)] } };

        var goal = ImpactRollup.Compute(without).Goals.Single(g => g.GoalId.Value == "werk");

        Assert.Equal(("oost", ScoredAtReason.TargetAreas), (string.Join(' ', goal.ScoredAt.Select(a => a.Value)), goal.ScoredAtReason));
    }

    [Fact]
    public void The_werk_goal_shows_the_output_outcome_gap()
    {
        var goal = Goal("werk");
        Assert.True(goal.OutputOutcomeGap);
        Assert.Equal([ResultLevel.Output, ResultLevel.Outcome], goal.Scores.Select(s => s.ResultLevel));
        var gap = goal.Gap!;
        Assert.Equal(0.75, gap.OutputProgress, Tolerance);
        Assert.Equal((12.7 - (100.0 * 382 / 3000)) / 2.7, gap.OutcomeProgress, Tolerance);
        Assert.Equal((1.0, true, true), (gap.OutputShareOnTrack, gap.OutcomesStagnate, gap.IsRaised));
    }

    [Fact]
    public void The_leefbaar_goal_is_blocked_by_its_unmet_precondition() =>
        Assert.Equal(["woningen"], Goal("leefbaar").BlockedBy.Select(p => p.Value));

    [Fact]
    public void The_jobcoach_budget_is_split_two_to_one_over_its_goals()
    {
        var shares = Result.Contribution.Shares.Where(s => s.PartnerId?.Value == "corporatie").ToDictionary(s => s.GoalId.Value, s => s.Total);
        Assert.Equal((60_000, 30_000, 90_000), (shares["werk"], shares["leefbaar"], shares["missie"]));
    }

    [Fact]
    public void A_commitment_to_two_goals_is_split_equally_and_said_so()
    {
        var share = Result.Contribution.Shares.Single(s => s.PartnerId?.Value == "fonds" && s.GoalId.Value == "werk");
        Assert.Equal((20_000, true), (share.Direct, share.EqualSplit));
    }

    [Fact]
    public void The_funnel_places_27_percent_of_intakes_and_45_percent_of_persisters()
    {
        var funnel = Assert.Single(Result.Funnels);
        Assert.Equal(87.0 / 318, funnel.Overall!.Value, Tolerance);
        Assert.Equal(87.0 / 195, funnel.Stages[3].FromPrevious!.Value, Tolerance);
    }

    [Fact]
    public void The_social_return_is_present_value_over_investment()
    {
        var sroi = Assert.Single(Result.SocialReturn);
        var expected = (60_000 / 1.03) + (54_000 / Math.Pow(1.03, 2)) + (48_600 / Math.Pow(1.03, 3)) + (33_600 / 1.03) + (33_600 / Math.Pow(1.03, 2));
        Assert.Equal(expected, sroi.PresentValue, 1e-6);
        Assert.Equal(expected - 100_000, sroi.NetPresentValue, 1e-6);
        Assert.Equal(expected / 100_000, sroi.RatioPerEuro!.Value, 1e-9);
    }

    [Fact]
    public void The_fund_invests_without_benefit_and_the_corporation_benefits_without_investing()
    {
        var flags = Assert.Single(Result.SocialReturn).Stakeholders.ToDictionary(s => s.StakeholderId!.Value.Value);
        Assert.True(flags["fonds"].InvestsWithoutBenefit);
        Assert.True(flags["corporatie"].BenefitsWithoutInvesting);
        Assert.False(flags["gemeente"].InvestsWithoutBenefit || flags["gemeente"].BenefitsWithoutInvesting);
    }
}
