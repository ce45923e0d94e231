using NodaTime;

namespace Wijkaanpak.Core.Rollups;

/// <summary>How complete an area's rolled-up value is (*dekking*): which children and measurements it rests on, how old and how many were proxies.</summary>
/// <param name="Children">Direct child areas.</param>
/// <param name="ChildrenWithValue">Children with a value at this date.</param>
/// <param name="ChildrenAggregated">Children whose value entered the rollup; a value lacking its numerator, denominator or weight cannot.</param>
/// <param name="Inputs">Measured areas underneath whose values entered the rollup.</param>
/// <param name="Proxies">Of those, how many were proxies (marked as such, or carried forward).</param>
/// <param name="OldestInput">The date of the oldest measurement that entered the rollup, if any.</param>
public sealed record AreaCoverage(int Children, int ChildrenWithValue, int ChildrenAggregated, int Inputs, int Proxies, LocalDate? OldestInput)
{
    /// <summary>Share of the children whose value entered the rollup, 0–1; 0 for an area without children.</summary>
    public double Share => Children == 0 ? 0 : (double)ChildrenAggregated / Children;
}
