namespace Wijkaanpak.Core.Rollups;

/// <summary>Where the baseline (*nulmeting*) used for an indicator status comes from.</summary>
public enum BaselineSource
{
    /// <summary>No baseline.</summary>
    None,

    /// <summary>The indicator's declared baseline, for this area or for every area.</summary>
    Declared,

    /// <summary>The area's first value in the series, because no baseline is declared for it.</summary>
    FirstValue,
}
