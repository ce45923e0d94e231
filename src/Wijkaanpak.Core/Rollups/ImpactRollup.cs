using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// The impact rollup (*effectrapportage*, *monitoring*): turns a model and its measurements into
/// where each indicator stands per area, what the areas and goals add up to, who contributed what,
/// how funnels convert and what the social return is. Never adds numbers of different levels,
/// never averages percentages, never invents data, and calls apportioned effort contribution
/// (ARCHITECTURE §8; docs/rollups.md explains every figure).
/// </summary>
/// <example>
/// <code>
/// var result = ImpactRollup.Compute(model, measurements, new RollupOptions { At = new LocalDate(2025, 1, 1) });
/// TableWriter.Write(result.ToTables(), Console.Out, TableFormat.Markdown);
/// </code>
/// </example>
public static class ImpactRollup
{
    /// <summary>Computes the full rollup. Pure: the same input gives the same result, in any order of the measurements.</summary>
    /// <param name="model">The model; its own measurements are always used.</param>
    /// <param name="measurements">Extra measurements, e.g. read from CSV; those naming an unknown indicator or area are ignored.</param>
    /// <param name="options">Settings; absent means the defaults.</param>
    public static ImpactRollupResult Compute(WijkaanpakModel model, IEnumerable<Measurement>? measurements = null, RollupOptions? options = null)
    {
        var context = RollupContext.Create(model, measurements, options);
        var statuses = IndicatorStatusCalculator.Compute(context);
        return new ImpactRollupResult
        {
            At = context.At,
            Areas = AreaRollup.Aggregates(context).ToEquatableArray(),
            Indicators = statuses.ToEquatableArray(),
            Goals = GoalRollupCalculator.Compute(context, statuses).ToEquatableArray(),
            Contribution = ContributionCalculator.Compute(model),
            Funnels = model.Funnels.DistinctBy(f => f.Id).OrderBy(f => f.Id).Select(FunnelCalculator.Compute).ToEquatableArray(),
            SocialReturn = model.SocialReturnCases.DistinctBy(c => c.Id).OrderBy(c => c.Id).Select(c => SocialReturnCalculator.Compute(c, context.Options)).ToEquatableArray(),
            DuplicateMeasurements = context.Observations.Sum(o => o.Duplicates),
        };
    }
}
