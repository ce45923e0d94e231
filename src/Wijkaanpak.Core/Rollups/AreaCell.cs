namespace Wijkaanpak.Core.Rollups;

/// <summary>One area with children at one date, after the rollup: its value and how its children covered it.</summary>
internal struct AreaCell
{
    /// <summary>The area's value: its own measurement when it has one, else the rollup of its children; NaN when neither.</summary>
    public double Value;

    /// <summary>Lowest child value (NaN when no child has a value).</summary>
    public double Min;

    /// <summary>Highest child value (NaN when no child has a value).</summary>
    public double Max;

    /// <summary>Slot of the worst child for the indicator's polarity, −1 when none or neutral.</summary>
    public int WorstChild;

    /// <summary>Value of the worst child (NaN when none).</summary>
    public double WorstValue;

    /// <summary>Children with a value.</summary>
    public int ChildrenWithValue;

    /// <summary>Children whose value entered the rollup (had the numerator, denominator or weight it needs).</summary>
    public int ChildrenAggregated;

    /// <summary>Measured areas underneath whose values entered the rollup.</summary>
    public int Inputs;

    /// <summary>Of <see cref="Inputs"/>, how many were proxies (marked so, or carried forward).</summary>
    public int Proxies;

    /// <summary>Children with a value worse than the threshold.</summary>
    public int WorseThanThreshold;

    /// <summary>Day number of the oldest measurement that entered the rollup (int.MaxValue when none).</summary>
    public int OldestInputDay;

    /// <summary>Where <see cref="Value"/> comes from.</summary>
    public AreaValueOrigin Origin;
}
