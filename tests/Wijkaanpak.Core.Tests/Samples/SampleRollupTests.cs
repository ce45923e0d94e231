using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tests.Samples;

/// <summary>What a user reading <c>wijkaanpak rollup</c> on a bundled sample must see (issue 12).</summary>
public sealed class SampleRollupTests
{
    /// <summary>Every sample model file, for the theories below.</summary>
    public static TheoryData<string> Models => SampleFiles.Models;

    [Theory]
    [MemberData(nameof(Models))]
    public void A_sample_with_targets_scores_at_least_one_goal_in_an_area_where_its_targets_are(string file)
    {
        var model = ModelJson.ReadFile(SampleFiles.PathOf(file));
        if (!model.Indicators.Any(i => !i.Targets.IsEmpty))
        {
            return;
        }

        var result = ImpactRollup.Compute(model);

        var scoredWithTarget = result.Goals.Where(g => g.Indicators.Any(i => i.ScoredAreaIds.Any(a => ScoringAreas.HasTargetIn(model.GetIndicator(i.IndicatorId), a)))).ToList();
        Assert.NotEmpty(scoredWithTarget);
        Assert.All(
            result.Goals.SelectMany(g => g.Indicators).Where(i => i.IsScored),
            i => Assert.All(i.ScoredAreaIds, a => Assert.True(ScoringAreas.HasTargetIn(model.GetIndicator(i.IndicatorId), a), $"{i.IndicatorId} is scored in {a}, which has no target.")));
    }

    [Fact]
    public void Samen_voor_Overvecht_shows_the_output_outcome_gap_on_the_goal_its_description_names()
    {
        var model = ModelJson.ReadFile(SampleFiles.PathOf("samen-voor-overvecht.json"));
        Assert.Contains("1.000 mensen naar werk", model.Description, StringComparison.Ordinal);

        var goal = ImpactRollup.Compute(model).Goals.Single(g => g.GoalId.Value == "kansen-werk");

        Assert.True(goal.OutputOutcomeGap);
        var atOvervecht = Assert.Single(goal.GapsByArea);
        Assert.Equal(("overvecht", true), (atOvervecht.AreaId?.Value, atOvervecht.IsRaised));
        Assert.Equal(1.19, atOvervecht.OutputProgress, 1e-9);
        Assert.Equal(0.145, atOvervecht.OutcomeProgress, 3);
    }
}
