using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Rollups;

/// <summary>Where an area's value at a date comes from (*herkomst van de waarde*).</summary>
public enum AreaValueOrigin
{
    /// <summary>No value: not measured, and no child value could be rolled up.</summary>
    [LocalizedName("geen waarde", "no value")]
    None,

    /// <summary>Measured in the area itself at this date.</summary>
    [LocalizedName("gemeten", "measured")]
    Measured,

    /// <summary>The area's latest earlier measurement, carried forward as an explicit proxy because the option allows it.</summary>
    [LocalizedName("doorgetrokken", "carried forward")]
    CarriedForward,

    /// <summary>Rolled up from the values of the area's children.</summary>
    [LocalizedName("opgeteld", "rolled up")]
    RolledUp,
}
