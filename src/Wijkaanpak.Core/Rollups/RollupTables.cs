using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Tables;
using static Wijkaanpak.Core.Tables.TableColumn;

namespace Wijkaanpak.Core.Rollups;

/// <summary>The tidy tables of an <see cref="ImpactRollupResult"/>: one row per observation, columns in camelCase.</summary>
internal static class RollupTables
{
    private const string Plain = "0.###";
    private const string Share = "0.0%";
    private const string Euro = "#,##0";

    public static IReadOnlyList<Table> Create(ImpactRollupResult r) =>
    [
        IndicatorStatuses(r),
        Areas(r),
        Goals(r),
        Gaps(r),
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
            Text("indicator"), Text("area"), Text("level"), Text("resultLevel"), Date("at"), Number("latest", Plain), Date("latestDate"), Text("origin"),
            Number("baseline", Plain), Text("baselineSource"), Number("delta", Plain), Number("target", Plain), Date("targetDate"), Number("progress", Share),
            Text("progressCase"), Number("expectedProgress", Share), Flag("milestoneMet"), Text("trend"), Number("theilSenPerYear", Plain),
            Number("leastSquaresPerYear", Plain), Flag("stale"), Text("band"), Number("cityGap", Plain), Number("g4Gap", Plain),
            Text("noGap"),
        ],
        r.Indicators.Select(s => Row(
            s.IndicatorId.Value, s.AreaId.Value, Name(s.Level), Name(s.ResultLevel), s.At, s.Latest, s.LatestDate, Name(s.LatestOrigin),
            s.Baseline, Name(s.BaselineSource), s.Delta, s.Target, s.TargetDate, s.Progress,
            Name(s.ProgressCase), s.ExpectedProgress, s.Milestone?.Met, Name(s.Trend.Direction), s.Trend.TheilSenSlope,
            s.Trend.LeastSquaresSlope, s.IsStale, Name(s.Band), GapFor(s, ReferenceFrameKind.CityAverage), GapFor(s, ReferenceFrameKind.G4Average),
            string.Join(' ', s.ReferenceGaps.Where(g => g.Absence is not null).Select(g => $"{Name(g.Frame)}:{Name(g.Absence!.Value)}")))));

    private static Table Areas(ImpactRollupResult r) => new(
        "area-rollup",
        [
            Text("indicator"), Text("area"), Text("level"), Flag("derivedArea"), Date("date"), Number("value", Plain), Text("origin"), Text("aggregation"),
            Integer("children"), Integer("childrenWithValue"), Integer("childrenAggregated"), Integer("inputs"), Integer("proxies"), Date("oldestInput"),
            Number("min", Plain), Number("max", Plain), Text("worstChild"), Number("worstValue", Plain), Number("threshold", Plain), Number("shareWorse", Share),
        ],
        r.Areas.Select(a => Row(
            a.IndicatorId.Value, a.AreaId.Value, Name(a.Level), a.IsDerivedArea, a.Date, a.Value, Name(a.Origin), Name(a.Aggregation),
            a.Coverage.Children, a.Coverage.ChildrenWithValue, a.Coverage.ChildrenAggregated, a.Coverage.Inputs, a.Coverage.Proxies, a.Coverage.OldestInput,
            a.Dispersion?.Min, a.Dispersion?.Max, a.Dispersion?.WorstChild?.Value, a.Dispersion?.WorstValue, a.Dispersion?.Threshold, a.Dispersion?.ShareWorseThanThreshold)));

    private static Table Goals(ImpactRollupResult r) => new(
        "goal-rollup",
        [
            Text("goal"), Text("goalLevel"), Text("resultLevel"), Number("headline", Share), Number("weightedMean", Share), Number("weakestLink", Share),
            Number("shareOnTrack", Share), Integer("statuses"), Integer("inputs"), Text("scoredAt"), Text("scoredAtReason"), Integer("indicatorsScored"), Integer("indicators"),
            Flag("blocked"), Text("blockedBy"), Flag("outputOutcomeGap"), Flag("inCycle"),
        ],
        r.Goals.SelectMany(g => g.Scores.IsEmpty
            ? [Row(g.GoalId.Value, Name(g.Level), null, null, null, null, null, 0, 0, Join(g.ScoredAt), Name(g.ScoredAtReason), g.IndicatorsScored, g.Indicators.Count,
                g.IsBlocked, Join(g.BlockedBy), g.OutputOutcomeGap, g.InCycle)]
            : g.Scores.Select(s => Row(
                g.GoalId.Value, Name(g.Level), Name(s.ResultLevel), s.Headline, s.WeightedMean, s.WeakestLink,
                s.ShareOnTrack, s.Statuses, s.Inputs, Join(g.ScoredAt), Name(g.ScoredAtReason), g.IndicatorsScored, g.Indicators.Count,
                g.IsBlocked, Join(g.BlockedBy), g.OutputOutcomeGap, g.InCycle))));

    private static Table Gaps(ImpactRollupResult r) => new(
        "output-outcome-gap",
        [
            Text("goal"), Text("area"), Number("outputProgress", Share), Number("outputShareOnTrack", Share), Number("outcomeProgress", Share),
            Flag("outcomesStagnate"), Flag("raised"),
        ],
        r.Goals.SelectMany(g => (g.Gap is null ? g.GapsByArea : g.GapsByArea.Prepend(g.Gap)).Select(x => Row(
            g.GoalId.Value, x.AreaId?.Value ?? "*", x.OutputProgress, x.OutputShareOnTrack, x.OutcomeProgress, x.OutcomesStagnate, x.IsRaised))));

    private static Table Contribution(ImpactRollupResult r) => new(
        "contribution",
        [Text("source"), Text("resource"), Text("partner"), Text("goal"), Number("direct", Plain), Number("total", Plain), Flag("equalSplit"), Text("note")],
        r.Contribution.Shares.Select(s => Row(
            Name(s.Source), Name(s.Resource), s.PartnerId?.Value, s.GoalId.Value, s.Direct, s.Total, s.EqualSplit, "contribution, not attribution")));

    private static Table Partners(ImpactRollupResult r) => new(
        "partner-contribution",
        [Text("source"), Text("resource"), Text("partner"), Number("amount", Plain), Number("unallocated", Plain)],
        r.Contribution.Partners.Select(p => Row(Name(p.Source), Name(p.Resource), p.PartnerId?.Value, p.Amount, p.Unallocated)));

    private static Table Funnels(ImpactRollupResult r) => new(
        "funnels",
        [Text("funnel"), Integer("position"), Text("stage"), Number("count", Plain), Number("fromPrevious", Share), Number("fromFirst", Share), Number("lost", Plain), Flag("increase")],
        r.Funnels.SelectMany(f => f.Stages.Select(s => Row(
            f.FunnelId.Value, s.Position, s.Name, s.Count, s.FromPrevious, s.FromFirst, s.LostFromPrevious, s.IsIncrease))));

    private static Table SocialReturn(ImpactRollupResult r) => new(
        "social-return",
        [Text("case"), Number("discountRate", Share), Number("investment", Euro), Number("presentValue", Euro), Number("netPresentValue", Euro), Number("ratioPerEuro", "0.00")],
        r.SocialReturn.Select(s => Row(s.CaseId.Value, s.DiscountRate, s.Investment, s.PresentValue, s.NetPresentValue, s.RatioPerEuro)));

    private static Table SocialReturnYears(ImpactRollupResult r) => new(
        "social-return-years",
        [Text("case"), Integer("year"), Number("value", Euro), Number("presentValue", Euro)],
        r.SocialReturn.SelectMany(s => s.Years.Select(y => Row(s.CaseId.Value, y.Year, y.Value, y.PresentValue))));

    private static Table Sensitivity(ImpactRollupResult r) => new(
        "social-return-sensitivity",
        [Text("case"), Text("parameter"), Number("change", Plain), Number("lowNetPresentValue", Euro), Number("highNetPresentValue", Euro), Number("lowRatio", "0.00"), Number("highRatio", "0.00")],
        r.SocialReturn.SelectMany(s => s.Sensitivity.Select(x => Row(s.CaseId.Value, x.Parameter, x.Change, x.LowNetPresentValue, x.HighNetPresentValue, x.LowRatio, x.HighRatio))));

    private static Table Stakeholders(ImpactRollupResult r) => new(
        "social-return-stakeholders",
        [Text("case"), Text("stakeholder"), Number("invested", Euro), Number("benefit", Euro), Flag("investsWithoutBenefit"), Flag("benefitsWithoutInvesting")],
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
