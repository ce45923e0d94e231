using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Rollups;

/// <summary>Where the baseline (*nulmeting*) used for an indicator status comes from.</summary>
public enum BaselineSource
{
    /// <summary>No baseline.</summary>
    [LocalizedName("geen nulmeting", "no baseline")]
    None,

    /// <summary>The indicator's declared baseline, for this area or for every area.</summary>
    [LocalizedName("vastgelegde nulmeting", "declared baseline")]
    Declared,

    /// <summary>The area's first value in the series, because no baseline is declared for it.</summary>
    [LocalizedName("eerste meting", "first value")]
    FirstValue,
}
