using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>The tidy tables of an <see cref="ImpactRollupResult"/>: one row per observation, columns in camelCase.</summary>
internal static class RollupTables
{
    private const string Number = "0.###";
    private const string Share = "0.0%";
    private const string Euro = "#,##0";

    public static IReadOnlyList<Table> Create(ImpactRollupResult r) =>
    [
        IndicatorStatuses(r),
        Areas(r),
        Goals(r),
        Contribution(r),
        Partners(r),
        Funnels(r),
        SocialReturn(r),
        SocialReturnYears(r),
        Sensitivity(r),
        Stakeholders(r),
    ];

    private static Table IndicatorStatuses(ImpactRollupResult r) => new(
        "indicator-status",
        [
            new("indicator"), new("area"), new("level"), new("resultLevel"), new("at"), new("latest", Number), new("latestDate"), new("origin"),
            new("baseline", Number), new("baselineSource"), new("delta", Number), new("target", Number), new("targetDate"), new("progress", Share),
            new("progressCase"), new("expectedProgress", Share), new("milestoneMet"), new("trend"), new("theilSenPerYear", Number),
            new("leastSquaresPerYear", Number), new("stale"), new("band"), new("cityGap", Number), new("g4Gap", Number),
        ],
        r.Indicators.Select(s => Row(
            s.IndicatorId.Value, s.AreaId.Value, Name(s.Level), Name(s.ResultLevel), s.At, s.Latest, s.LatestDate, Name(s.LatestOrigin),
            s.Baseline, Name(s.BaselineSource), s.Delta, s.Target, s.TargetDate, s.Progress,
            Name(s.ProgressCase), s.ExpectedProgress, s.Milestone?.Met, Name(s.Trend.Direction), s.Trend.TheilSenSlope,
            s.Trend.LeastSquaresSlope, s.IsStale, Name(s.Band), GapFor(s, ReferenceFrameKind.CityAverage), GapFor(s, ReferenceFrameKind.G4Average))));

    private static Table Areas(ImpactRollupResult r) => new(
        "area-rollup",
        [
            new("indicator"), new("area"), new("level"), new("derivedArea"), new("date"), new("value", Number), new("origin"), new("aggregation"),
            new("children"), new("childrenWithValue"), new("childrenAggregated"), new("inputs"), new("proxies"), new("oldestInput"),
            new("min", Number), new("max", Number), new("worstChild"), new("worstValue", Number), new("threshold", Number), new("shareWorse", Share),
        ],
        r.Areas.Select(a => Row(
            a.IndicatorId.Value, a.AreaId.Value, Name(a.Level), a.IsDerivedArea, a.Date, a.Value, Name(a.Origin), Name(a.Aggregation),
            a.Coverage.Children, a.Coverage.ChildrenWithValue, a.Coverage.ChildrenAggregated, a.Coverage.Inputs, a.Coverage.Proxies, a.Coverage.OldestInput,
            a.Dispersion?.Min, a.Dispersion?.Max, a.Dispersion?.WorstChild?.Value, a.Dispersion?.WorstValue, a.Dispersion?.Threshold, a.Dispersion?.ShareWorseThanThreshold)));

    private static Table Goals(ImpactRollupResult r) => new(
        "goal-rollup",
        [
            new("goal"), new("goalLevel"), new("resultLevel"), new("headline", Share), new("weightedMean", Share), new("weakestLink", Share),
            new("shareOnTrack", Share), new("statuses"), new("inputs"), new("scoredAt"), new("scoredAtReason"), new("indicatorsScored"), new("indicators"),
            new("blocked"), new("blockedBy"), new("outputOutcomeGap"), new("inCycle"),
        ],
        r.Goals.SelectMany(g => g.Scores.IsEmpty
            ? [Row(g.GoalId.Value, Name(g.Level), null, null, null, null, null, 0, 0, Join(g.ScoredAt), Name(g.ScoredAtReason), g.IndicatorsScored, g.Indicators.Count,
                g.IsBlocked, Join(g.BlockedBy), g.OutputOutcomeGap, g.InCycle)]
            : g.Scores.Select(s => Row(
                g.GoalId.Value, Name(g.Level), Name(s.ResultLevel), s.Headline, s.WeightedMean, s.WeakestLink,
                s.ShareOnTrack, s.Statuses, s.Inputs, Join(g.ScoredAt), Name(g.ScoredAtReason), g.IndicatorsScored, g.Indicators.Count,
                g.IsBlocked, Join(g.BlockedBy), g.OutputOutcomeGap, g.InCycle))));

    private static Table Contribution(ImpactRollupResult r) => new(
        "contribution",
        [new("source"), new("resource"), new("partner"), new("goal"), new("direct", Number), new("total", Number), new("equalSplit"), new("note")],
        r.Contribution.Shares.Select(s => Row(
            Name(s.Source), Name(s.Resource), s.PartnerId?.Value, s.GoalId.Value, s.Direct, s.Total, s.EqualSplit, "contribution, not attribution")));

    private static Table Partners(ImpactRollupResult r) => new(
        "partner-contribution",
        [new("source"), new("resource"), new("partner"), new("amount", Number), new("unallocated", Number)],
        r.Contribution.Partners.Select(p => Row(Name(p.Source), Name(p.Resource), p.PartnerId?.Value, p.Amount, p.Unallocated)));

    private static Table Funnels(ImpactRollupResult r) => new(
        "funnels",
        [new("funnel"), new("position"), new("stage"), new("count", Number), new("fromPrevious", Share), new("fromFirst", Share), new("lost", Number), new("increase")],
        r.Funnels.SelectMany(f => f.Stages.Select(s => Row(
            f.FunnelId.Value, s.Position, s.Name, s.Count, s.FromPrevious, s.FromFirst, s.LostFromPrevious, s.IsIncrease))));

    private static Table SocialReturn(ImpactRollupResult r) => new(
        "social-return",
        [new("case"), new("discountRate", Share), new("investment", Euro), new("presentValue", Euro), new("netPresentValue", Euro), new("ratioPerEuro", "0.00")],
        r.SocialReturn.Select(s => Row(s.CaseId.Value, s.DiscountRate, s.Investment, s.PresentValue, s.NetPresentValue, s.RatioPerEuro)));

    private static Table SocialReturnYears(ImpactRollupResult r) => new(
        "social-return-years",
        [new("case"), new("year"), new("value", Euro), new("presentValue", Euro)],
        r.SocialReturn.SelectMany(s => s.Years.Select(y => Row(s.CaseId.Value, y.Year, y.Value, y.PresentValue))));

    private static Table Sensitivity(ImpactRollupResult r) => new(
        "social-return-sensitivity",
        [new("case"), new("parameter"), new("change", Number), new("lowNetPresentValue", Euro), new("highNetPresentValue", Euro), new("lowRatio", "0.00"), new("highRatio", "0.00")],
        r.SocialReturn.SelectMany(s => s.Sensitivity.Select(x => Row(s.CaseId.Value, x.Parameter, x.Change, x.LowNetPresentValue, x.HighNetPresentValue, x.LowRatio, x.HighRatio))));

    private static Table Stakeholders(ImpactRollupResult r) => new(
        "social-return-stakeholders",
        [new("case"), new("stakeholder"), new("invested", Euro), new("benefit", Euro), new("investsWithoutBenefit"), new("benefitsWithoutInvesting")],
        r.SocialReturn.SelectMany(s => s.Stakeholders.Select(b => Row(s.CaseId.Value, b.StakeholderId?.Value, b.Invested, b.Benefit, b.InvestsWithoutBenefit, b.BenefitsWithoutInvesting))));

    private static double? GapFor(IndicatorStatus s, ReferenceFrameKind frame) => s.ReferenceGaps.FirstOrDefault(g => g.Frame == frame)?.Gap;

    private static string Join(EquatableArray<NodeId> ids) => string.Join(' ', ids.Select(i => i.Value));

    private static string Join(EquatableArray<AreaId> ids) => string.Join(' ', ids.Select(i => i.Value));

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static object?[] Row(params object?[] cells) => cells;
}
