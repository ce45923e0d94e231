namespace Wijkaanpak.Core.Model;

/// <summary>How exact a measurement is.</summary>
public enum MeasurementQualifier
{
    /// <summary>As reported by the source.</summary>
    Exact,

    /// <summary>An approximate figure (*ongeveer*, *circa*), as often given in reports.</summary>
    Approximate,

    /// <summary>An estimate made by the model's author.</summary>
    Estimated,

    /// <summary>A provisional figure that may be revised.</summary>
    Provisional,

    /// <summary>A value taken from another area or indicator as a stand-in (*proxy*); rollups flag it.</summary>
    Proxy,
}
