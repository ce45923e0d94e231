using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>Conversion rates of funnels.</summary>
internal static class FunnelCalculator
{
    public static FunnelResult Compute(Funnel funnel)
    {
        var stages = funnel.Stages;
        var results = new List<FunnelStageResult>(stages.Count);
        var first = stages.Count > 0 ? stages[0].Count : 0;
        for (var i = 0; i < stages.Count; i++)
        {
            var count = stages[i].Count;
            var previous = i > 0 ? stages[i - 1].Count : double.NaN;
            results.Add(new FunnelStageResult(
                i + 1,
                stages[i].Name,
                count,
                i > 0 && previous > 0 ? count / previous : null,
                first > 0 ? count / first : null,
                i > 0 ? previous - count : null,
                i > 0 && count > previous));
        }

        double? overall = stages.Count >= 2 && first > 0 ? stages[^1].Count / first : null;
        return new FunnelResult(funnel.Id, funnel.Name, funnel.AreaId, results.ToEquatableArray(), overall);
    }
}
