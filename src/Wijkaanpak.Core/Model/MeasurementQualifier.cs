using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>How exact a measurement is.</summary>
public enum MeasurementQualifier
{
    /// <summary>As reported by the source.</summary>
    [LocalizedName("exact", "exact")]
    Exact,

    /// <summary>An approximate figure (*ongeveer*, *circa*), as often given in reports.</summary>
    [LocalizedName("ongeveer", "approximate")]
    Approximate,

    /// <summary>An estimate made by the model's author.</summary>
    [LocalizedName("geschat", "estimated")]
    Estimated,

    /// <summary>A provisional figure that may be revised.</summary>
    [LocalizedName("voorlopig", "provisional")]
    Provisional,

    /// <summary>A value taken from another area or indicator as a stand-in (*proxy*); rollups flag it.</summary>
    [LocalizedName("vervangende waarde (proxy)", "proxy")]
    Proxy,
}
