using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>Computes <see cref="IndicatorStatus"/> per indicator × area from the rolled-up series.</summary>
internal static class IndicatorStatusCalculator
{
    public static List<IndicatorStatus> Compute(RollupContext context)
    {
        var statuses = new List<IndicatorStatus>();
        if (context.At is not { } at)
        {
            return statuses;
        }

        for (var ind = 0; ind < context.Indicators.Length; ind++)
        {
            foreach (var area in context.AreasWithValues(ind))
            {
                var points = context.Series(ind, area).Where(p => p.Date <= at).ToList();
                if (points.Count > 0)
                {
                    statuses.Add(Status(context, ind, area, points, at));
                }
            }
        }

        statuses.Sort(static (x, y) =>
        {
            var c = x.IndicatorId.CompareTo(y.IndicatorId);
            return c != 0 ? c : x.AreaId.CompareTo(y.AreaId);
        });
        return statuses;
    }

    /// <summary>
    /// Progress to target signed for polarity, and how it was scored. Monotone in
    /// <paramref name="latest"/>: non-decreasing for higher-is-better, non-increasing for lower-is-better.
    /// </summary>
    public static (double? Progress, ProgressCase Case) Progress(Polarity polarity, double latest, double? baseline, double? target)
    {
        if (polarity == Polarity.Neutral)
        {
            return (null, ProgressCase.NeutralPolarity);
        }

        if (target is not { } t)
        {
            return (null, ProgressCase.NoTarget);
        }

        if (baseline is not { } b)
        {
            return (null, ProgressCase.NoBaseline);
        }

        var sign = Sign(polarity);
        if (t == b)
        {
            return (sign * (latest - t) >= 0 ? 1 : 0, ProgressCase.TargetEqualsBaseline);
        }

        return (sign * (latest - b) / Math.Abs(t - b), ProgressCase.Scored);
    }

    /// <summary>The band for a progress against the progress expected by now.</summary>
    public static StatusBand Band(double? progress, double? expected, StatusThresholds thresholds)
    {
        if (progress is not { } p)
        {
            return StatusBand.NotScored;
        }

        if (p >= 1)
        {
            return StatusBand.Achieved;
        }

        if (expected is not { } e || e <= 0)
        {
            return p >= 0 ? StatusBand.OnTrack : StatusBand.OffTrack;
        }

        var ratio = p / e;
        return ratio >= thresholds.OnTrack ? StatusBand.OnTrack : ratio >= thresholds.AtRisk ? StatusBand.AtRisk : StatusBand.OffTrack;
    }

    private static IndicatorStatus Status(RollupContext context, int ind, int area, List<SeriesPoint> points, LocalDate at)
    {
        var indicator = context.Indicators[ind];
        var areaId = context.Areas.Ids[area];
        var latest = points[^1];
        var sign = Sign(indicator.Polarity);

        var (baseline, baselineDate, baselineSource) = BaselineFor(indicator, areaId, points);
        var target = TargetFor(indicator, areaId, at);
        var targetValue = target is null ? null : TargetValue(indicator, target);
        var (progress, progressCase) = Progress(indicator.Polarity, latest.Value, baseline, targetValue);
        var milestone = MilestoneFor(target, at, latest.Value, sign);
        double? expected = progress is null || target is null || baselineDate is null
            ? null
            : ExpectedProgress(baseline!.Value, baselineDate.Value, targetValue!.Value, target.Date, milestone, at, sign);
        var frequency = indicator.Frequency ?? indicator.Source?.UpdateFrequency ?? context.Options.DefaultStaleAfter;
        return new IndicatorStatus
        {
            IndicatorId = indicator.Id,
            AreaId = areaId,
            Level = context.Areas.Levels[area],
            ResultLevel = indicator.Level,
            At = at,
            Latest = latest.Value,
            LatestDate = latest.Date,
            LatestOrigin = latest.Origin,
            Baseline = baseline,
            BaselineDate = baselineDate,
            BaselineSource = baselineSource,
            Delta = baseline is { } b ? latest.Value - b : null,
            Improvement = baseline is { } b2 && sign != 0 ? sign * (latest.Value - b2) : null,
            Target = targetValue,
            TargetDate = target?.Date,
            TargetFrame = target?.Frame,
            TargetAgainstPolarity = targetValue is { } tv && baseline is { } b3 && sign * (tv - b3) < 0,
            Progress = progress,
            ProgressCase = progressCase,
            ExpectedProgress = expected,
            Milestone = milestone,
            Trend = TrendEstimator.Estimate(points, indicator.Polarity, context.Options.StableTolerance),
            AgeDays = Period.DaysBetween(latest.Date, at),
            IsStale = latest.Date.Plus(frequency) < at,
            Band = Band(progress, expected, context.Options.Thresholds),
            ReferenceGaps = ReferenceGaps(context, ind, area, latest, baseline, baselineDate, at).ToEquatableArray(),
        };
    }

    private static (double? Value, LocalDate? Date, BaselineSource Source) BaselineFor(Indicator indicator, AreaId area, List<SeriesPoint> points)
    {
        if (indicator.Baseline is { } declared && (declared.AreaId is null || declared.AreaId == area))
        {
            return (declared.Value, declared.Date, BaselineSource.Declared);
        }

        return points.Count >= 2 ? (points[0].Value, points[0].Date, BaselineSource.FirstValue) : (null, null, BaselineSource.None);
    }

    private static Target? TargetFor(Indicator indicator, AreaId area, LocalDate at)
    {
        var applicable = indicator.Targets.Where(t => t.AreaId is null || t.AreaId == area).OrderBy(t => t.Date).ToList();
        return applicable.Find(t => t.Date >= at) ?? (applicable.Count > 0 ? applicable[^1] : null);
    }

    private static double? TargetValue(Indicator indicator, Target target)
    {
        if (target.Value is { } value)
        {
            return value;
        }

        var frame = indicator.ReferenceValues.Where(r => r.Frame == target.Frame).OrderBy(r => r.Date).ToList();
        var upToTarget = frame.FindLast(r => r.Date <= target.Date);
        return (upToTarget ?? (frame.Count > 0 ? frame[^1] : null))?.Value;
    }

    private static MilestoneCheck? MilestoneFor(Target? target, LocalDate at, double latest, double sign)
    {
        if (target is null || sign == 0)
        {
            return null;
        }

        var due = target.Milestones.Where(m => m.Date <= at).OrderBy(m => m.Date).LastOrDefault();
        return due is null ? null : new MilestoneCheck(due.Date, due.Value, sign * (latest - due.Value) >= 0);
    }

    private static double ExpectedProgress(double baseline, LocalDate baselineDate, double target, LocalDate targetDate, MilestoneCheck? milestone, LocalDate at, double sign)
    {
        if (milestone is not null && target != baseline)
        {
            return sign * (milestone.Value - baseline) / Math.Abs(target - baseline);
        }

        if (at >= targetDate || targetDate <= baselineDate)
        {
            return 1;
        }

        if (at <= baselineDate)
        {
            return 0;
        }

        return (double)Period.DaysBetween(baselineDate, at) / Period.DaysBetween(baselineDate, targetDate);
    }

    private static List<ReferenceGap> ReferenceGaps(RollupContext context, int ind, int area, SeriesPoint latest, double? baseline, LocalDate? baselineDate, LocalDate at)
    {
        var indicator = context.Indicators[ind];
        var sign = Sign(indicator.Polarity);
        var declared = indicator.ReferenceValues.GroupBy(r => r.Frame).OrderBy(g => g.Key);
        var gaps = new List<ReferenceGap>();
        foreach (var frame in declared)
        {
            var ordered = frame.OrderBy(r => r.Date).ToList();
            var reference = ordered.FindLast(r => r.Date <= at) ?? ordered[0];
            var self = frame.Key == ReferenceFrameKind.CityAverage && context.Areas.Levels[area] >= ScaleLevel.Gemeente;
            gaps.Add(self
                ? new ReferenceGap(frame.Key, reference.Date, reference.Value, null, null, null, false, ReferenceGapAbsence.SameArea)
                : Gap(frame.Key, reference.Date, reference.Value, latest.Value, sign, isDerived: false));
        }

        if (indicator.Aggregation is not (AggregationKind.Count or AggregationKind.NotAggregable) && gaps.TrueForAll(g => g.Frame != ReferenceFrameKind.CityAverage))
        {
            var gemeente = context.Areas.AncestorAt(context.Areas.Parents[area], ScaleLevel.Gemeente);
            if (gemeente >= 0 && context.Series(ind, gemeente).LastOrDefault(p => p.Date == latest.Date) is { Origin: not AreaValueOrigin.None } city)
            {
                gaps.Add(RolledUpOnlyFrom(context, ind, area, gemeente, latest.Date)
                    ? new ReferenceGap(ReferenceFrameKind.CityAverage, city.Date, city.Value, null, null, null, true, ReferenceGapAbsence.RolledUpOnlyFromArea)
                    : Gap(ReferenceFrameKind.CityAverage, city.Date, city.Value, latest.Value, sign, isDerived: true));
            }
        }

        if (baseline is { } b && baselineDate is { } bd && gaps.TrueForAll(g => g.Frame != ReferenceFrameKind.OwnBaseline))
        {
            gaps.Add(Gap(ReferenceFrameKind.OwnBaseline, bd, b, latest.Value, sign, isDerived: false));
        }

        gaps.Sort(static (x, y) => x.Frame.CompareTo(y.Frame));
        return gaps;
    }

    /// <summary>
    /// True when the value of <paramref name="ancestor"/> at <paramref name="date"/> is rolled up from
    /// <paramref name="area"/> alone: every area on the way up has no value of its own and one child
    /// that entered its rollup.
    /// </summary>
    private static bool RolledUpOnlyFrom(RollupContext context, int ind, int area, int ancestor, LocalDate date)
    {
        var period = Array.BinarySearch(context.Observations[ind].Periods, date);
        if (period < 0)
        {
            return false;
        }

        for (var a = context.Areas.Parents[area]; a >= 0; a = context.Areas.Parents[a])
        {
            var k = context.Engine.ParentIndexOf(a);
            if (k < 0)
            {
                return false;
            }

            ref readonly var cell = ref context.Cell(ind, period, k);
            if (cell.Origin != AreaValueOrigin.RolledUp || cell.ChildrenAggregated != 1)
            {
                return false;
            }

            if (a == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static ReferenceGap Gap(ReferenceFrameKind frame, LocalDate date, double reference, double latest, double sign, bool isDerived) =>
        new(frame, date, reference, latest - reference, sign == 0 ? null : sign * (latest - reference), reference == 0 ? null : latest / reference * 100, isDerived);

    private static double Sign(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => 1,
        Polarity.LowerIsBetter => -1,
        _ => 0,
    };
}
