namespace Wijkaanpak.Core.Rollups;

/// <summary>Where an area's value at a date comes from (*herkomst van de waarde*).</summary>
public enum AreaValueOrigin
{
    /// <summary>No value: not measured, and no child value could be rolled up.</summary>
    None,

    /// <summary>Measured in the area itself at this date.</summary>
    Measured,

    /// <summary>The area's latest earlier measurement, carried forward as an explicit proxy because the option allows it.</summary>
    CarriedForward,

    /// <summary>Rolled up from the values of the area's children.</summary>
    RolledUp,
}
